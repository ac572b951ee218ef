import { isIPv4, isIPv6 } from 'node:net';
import type { RedactionCounts } from '../../../shared/report-schemas';

export interface RedactionOptions {
  /** Replace personal data by placeholders; proxy credentials and `secrets` go whatever this says. */
  redact: boolean;
  /** Known user names of this PC (the OS's, the run's facts). Names found in home paths are added. */
  userNames?: readonly string[];
  /** Known names of this PC (host name, FQDN). */
  hostNames?: readonly string[];
  /** Secrets to remove wherever they appear, e.g. the `--proxy` password. */
  secrets?: readonly string[];
  /** The home folders of the run, wherever they are (`/srv/profiles/tanaka`): replaced whole by `<home>`. */
  homeDirs?: readonly string[];
  /** The PC's DNS domains (`corp.example.local`): replaced wherever they appear, host names included. */
  dnsDomains?: readonly string[];
  /** Domains that stay visible even under a PC domain: the vendor's own (the catalog's). */
  keptDomains?: readonly string[];
}

type Kind = Exclude<keyof RedactionCounts, 'credential'>;

const credentialMark = '<credentials>';
// Not personal, and evidence of a cause (a DNS sinkhole answers 0.0.0.0 or 127.0.0.1).
const keptIps = /^(0\.0\.0\.0|127\.\d+\.\d+\.\d+|255\.255\.255\.255|::|::1)$/;
// Folder names under the home root that are not a person.
const notPeople = new Set([
  'public',
  'default',
  'default user',
  'all users',
  'shared',
  'guest',
  'localhost',
  'root',
]);
const placeholderWords = new Set([
  'user',
  'host',
  'ip',
  'mac',
  'email',
  'key',
  'domain',
  'home',
  'credentials',
]);

const urlUserInfo = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@"'<>]+)@/gi;
const bareUserInfo = /(?<![\w.%+-])([^\s:@/"'<>\\]+):([^\s@/"'<>\\]+)@(?=[a-z0-9.-]+)/gi;
const authHeader =
  /\b((?:proxy-)?authorization:\s*)(?:basic|bearer|negotiate|ntlm|digest)\s+[^\s"',;]+/gi;
// The same credential without its header name (a header's value on its own, a log line): a scheme
// word, then a token that is not an ordinary word (it has a digit, an upper-case letter after the first,
// or base64's + / =). "Basic authentication" stays; "Negotiate YIIGhgYGKwYB…" goes.
const bareAuth =
  /\b(Basic|Bearer|Negotiate|NTLM|Digest)\s+(?=[A-Za-z0-9._~+/=-]{8,})(?=[A-Za-z0-9._~+/=-]*(?:[0-9+/=]|[^\s][A-Z]))([A-Za-z0-9._~+/-]+=*)/g;
const digestParams = /\b(Digest)\s+((?:[A-Za-z-]+=(?:"[^"]*"|[^\s,"]+)(?:,\s*)?){2,})/gi;
const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const homePath =
  /((?:[A-Za-z]:[\\/]+|\\\\[^\\/\s]+[\\/]+)(?:Users|Documents and Settings)[\\/]+|\/home\/|\/Users\/)([^\\/\s"'<>:*?|]+(?: [^\\/\s"'<>:*?|]+){0,2}(?=[\\/])|[^\\/\s"'<>:*?|]+)/gi;
// aa:bb:cc:dd:ee:ff, aa-bb-…, Cisco's aabb.ccdd.eeff, and twelve bare hex digits (AABBCCDDEEFF).
const mac =
  /(?<![\w:.-])(?:(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}|[0-9A-Fa-f]{12})(?![\w:-]|\.\w)/g;
// The dotted tail first, so ::ffff:10.1.2.3 is one address and not "::ffff:10" followed by ".1.2.3".
const ipv6Candidate =
  /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4})(?:%[\w.-]+)?(?![\w:]|\.\d)/g;
const ipv4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/;
// One pass for both families, so placeholders are numbered in the order the addresses appear.
const ipAny = new RegExp(`${ipv6Candidate.source}|${ipv4.source}`, 'g');
const sessionKey = /(?<![0-9A-Za-z.])\d{9,10}(?![0-9A-Za-z]|\.\d)/g;
// A key as people write it: 123-456-789, 123 456 789 (and a tenth digit).
const groupedKey = /(?<![0-9A-Za-z.-])\d{3}([- ])\d{3}\1\d{3,4}(?![0-9A-Za-z]|[.-]\d)/g;

/** Replaces personal data by stable placeholders (`<user-1>`, `<ip-2>`…), the same value always by the same one. */
export class Redactor {
  private readonly maps: Record<Kind, Map<string, string>> = {
    user: new Map(),
    host: new Map(),
    ip: new Map(),
    mac: new Map(),
    email: new Map(),
    key: new Map(),
    domain: new Map(),
  };
  private readonly credentials = new Set<string>();
  /** Placeholders that made it into the output; names known in advance are numbered but may never appear. */
  private readonly used = new Set<string>();
  private namePatterns: { pattern: RegExp; kind: 'user' | 'host'; key: string }[] = [];
  private readonly homePatterns: RegExp[] = [];
  private readonly domainPatterns: { pattern: RegExp; key: string }[] = [];

  constructor(private readonly options: RedactionOptions) {
    for (const home of options.homeDirs ?? []) this.addHome(home);
    for (const domain of options.dnsDomains ?? []) this.addDomain(domain);
    for (const name of options.hostNames ?? []) {
      // An FQDN's domain is the PC's DNS domain.
      const dot = name.indexOf('.');
      if (dot > 0) this.addDomain(name.slice(dot + 1));
    }
    for (const name of options.userNames ?? []) this.addName('user', name);
    for (const name of options.hostNames ?? []) {
      this.addName('host', name);
      // The short name of an FQDN identifies the PC as well.
      const short = name.split('.')[0];
      if (short && short !== name) this.addName('host', short);
    }
  }

  /** Learns the user names in home paths of a whole document first, so earlier mentions are caught too. */
  learn(value: unknown): void {
    if (!this.options.redact) return;
    walkStrings(value, (text) => {
      for (const match of text.matchAll(homePath)) if (match[2]) this.addName('user', match[2]);
    });
  }

  /** One string with credentials removed and, when redacting, personal data replaced. */
  text(input: string): string {
    let out = input
      .replace(
        urlUserInfo,
        (_m, scheme: string, info: string) => `${scheme}${this.credential(info)}@`,
      )
      .replace(
        authHeader,
        (m, prefix: string) => `${prefix}${this.credential(m.slice(prefix.length))}`,
      )
      .replace(bareUserInfo, (m) => `${this.credential(m.slice(0, -1))}@`);
    out = out
      .replace(
        digestParams,
        (_m, scheme: string, params: string) => `${scheme} ${this.credential(params)}`,
      )
      .replace(
        bareAuth,
        (_m, scheme: string, token: string) => `${scheme} ${this.credential(token)}`,
      );
    for (const secret of this.options.secrets ?? []) {
      if (secret.length >= 3) out = out.split(secret).join(this.credential(secret));
    }
    if (!this.options.redact) return out;
    // The run's own home, whatever its path, before the generic /home/NAME and C:\Users\NAME patterns.
    for (const pattern of this.homePatterns)
      out = out.replace(pattern, () => this.homePlaceholder());
    out = out.replace(email, (m) => this.placeholder('email', m));
    out = out.replace(
      homePath,
      (_m, root: string, name: string) => `${root}${this.nameOrKept(name)}`,
    );
    for (const { pattern, kind, key } of this.namePatterns)
      out = out.replace(pattern, () => this.placeholder(kind, key));
    for (const { pattern, key } of this.domainPatterns)
      out = out.replace(pattern, () => this.placeholder('domain', key));
    out = out.replace(mac, (m) => this.placeholder('mac', m.toLowerCase().replace(/-/g, ':')));
    out = out.replace(ipAny, (m) => {
      const address = (m.split('%')[0] ?? m).toLowerCase();
      return (isIPv4(address) || isIPv6(address)) && !keptIps.test(address)
        ? this.placeholder('ip', address)
        : m;
    });
    out = out.replace(groupedKey, (m) => this.placeholder('key', m.replace(/\D/g, '')));
    return out.replace(sessionKey, (m) => this.placeholder('key', m));
  }

  counts(): RedactionCounts {
    const size = (kind: Kind) =>
      [...this.maps[kind].values()].filter((p) => this.used.has(p)).length;
    return {
      // The home folder counts as one more personal value of the user's.
      user: size('user') + (this.used.has('<home>') ? 1 : 0),
      host: size('host'),
      ip: size('ip'),
      mac: size('mac'),
      email: size('email'),
      key: size('key'),
      domain: size('domain'),
      credential: this.credentials.size,
    };
  }

  private credential(value: string): string {
    if (value !== credentialMark) this.credentials.add(value);
    return credentialMark;
  }

  private nameOrKept(name: string): string {
    return isPerson(name) ? this.placeholder('user', name.toLowerCase()) : name;
  }

  private placeholder(kind: Kind, value: string): string {
    const placeholder = this.number(kind, value);
    this.used.add(placeholder);
    return placeholder;
  }

  private number(kind: Kind, value: string): string {
    const map = this.maps[kind];
    let placeholder = map.get(value);
    if (!placeholder) {
      placeholder = `<${kind}-${map.size + 1}>`;
      map.set(value, placeholder);
    }
    return placeholder;
  }

  private homePlaceholder(): string {
    this.used.add('<home>');
    return '<home>';
  }

  private addHome(home: string): void {
    const trimmed = home.replace(/[\\/]+$/, '');
    // A root or a drive is no one's home; a home of one letter would match too much.
    if (trimmed.length < 4 || !/[\\/][^\\/]+$/.test(trimmed)) return;
    const isWindows = /^[A-Za-z]:|\\/.test(trimmed);
    // Either separator, since a path may be written with / on Windows; a whole path, not a prefix of one.
    const source = trimmed
      .split(/[\\/]+/)
      .map(escapeRegExp)
      .join('[\\\\/]+');
    this.homePatterns.push(
      new RegExp(`${source}(?![^\\\\/\\s"'<>:;,)\\]}])`, isWindows ? 'gi' : 'g'),
    );
    this.homePatterns.sort((a, b) => b.source.length - a.source.length);
    // Its last folder is usually the user's name: hidden wherever else it appears too.
    const last = trimmed.split(/[\\/]+/).pop();
    if (last) this.addName('user', last);
  }

  private addDomain(domain: string): void {
    const d = domain.toLowerCase().replace(/^\.+|\.+$/g, '');
    // Two labels at least ("lan" or "local" alone names no one), never the vendor's own domain.
    if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(d) || /^[\d.]+$/.test(d)) return;
    const kept = this.options.keptDomains ?? [];
    if (
      kept.some((k) => {
        const bare = k.replace(/^\*\./, '').toLowerCase();
        return bare === d || bare.endsWith(`.${d}`) || d.endsWith(`.${bare}`);
      })
    )
      return;
    if (this.domainPatterns.some((p) => p.key === d)) return;
    this.number('domain', d);
    this.domainPatterns.push({
      pattern: new RegExp(`(?<![A-Za-z0-9-])${escapeRegExp(d)}(?![A-Za-z0-9-])`, 'gi'),
      key: d,
    });
    this.domainPatterns.sort((a, b) => b.key.length - a.key.length);
  }

  private addName(kind: 'user' | 'host', name: string): void {
    const trimmed = name.trim();
    // Two ASCII letters match too much ordinary text; two kanji are a real name.
    const isTooShort = trimmed.length < 2 || (/^[\x20-\x7e]+$/.test(trimmed) && trimmed.length < 3);
    if (!isPerson(trimmed) || isTooShort || placeholderWords.has(trimmed.toLowerCase())) return;
    const key = trimmed.toLowerCase();
    if (this.namePatterns.some((p) => p.kind === kind && p.key === key)) return;
    this.number(kind, key);
    // ASCII word boundaries only: Japanese has no spaces, so "田中" must match inside "田中さん".
    const pattern = new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(trimmed)}(?![A-Za-z0-9_])`, 'giu');
    this.namePatterns.push({ pattern, kind, key });
    // Longer names first, so "pc-tanaka.corp" is replaced before "pc-tanaka".
    this.namePatterns.sort((a, b) => b.key.length - a.key.length);
  }
}

function isPerson(name: string): boolean {
  return name.length > 0 && !notPeople.has(name.toLowerCase()) && !/^[<%$~]/.test(name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function walkStrings(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const item of value) walkStrings(item, visit);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      visit(key);
      walkStrings(item, visit);
    }
  }
}

/** Every string (keys included) of a JSON value passed through the redactor; numbers and booleans stay. */
export function redactValue<T>(value: T, redactor: Redactor): T {
  return mapStrings(value, (text) => redactor.text(text)) as T;
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [map(key), mapStrings(item, map)]),
    );
  }
  return value;
}

/** A JSON value with credentials always removed and, when asked, personal data replaced consistently. */
export function redactDocument<T>(
  value: T,
  options: RedactionOptions,
): { value: T; counts: RedactionCounts } {
  const redactor = new Redactor(options);
  redactor.learn(value);
  const redacted = redactValue(value, redactor);
  return { value: redacted, counts: redactor.counts() };
}
