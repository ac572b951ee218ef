import type { Catalog } from '../../../shared/catalog';
import {
  dataCentreSchema,
  type DataCentre,
  type LinkRefusal,
  type ValidLink,
} from '../../../shared/join-schemas';

export type LinkCheck =
  | { ok: true; link: ValidLink }
  | { ok: false; reason: LinkRefusal; host?: string; min?: number; max?: number };

type JoinSection = NonNullable<Catalog['join']>;

const MAX_INPUT = 2048;
const DEFAULT_DIGITS = { min: 9, max: 10 };

// Separators people put between key digits. NFKC already turned full-width hyphens and spaces
// into ASCII; the katakana long-vowel mark and dash variants survive it, so they are listed here.
const KEY_SEPARATORS = /[\s\-‐‑‒–—―−ー_.]/gu;
// Zero-width and bidirectional controls: invisible in a mail client, able to disguise a host.
const HIDDEN = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Validates an invitation link or a bare session key against the catalog's join hosts.
 * Pure: the URL it returns is built from the parts it accepted, never the input echoed.
 */
export function checkLink(text: string, join: JoinSection | undefined): LinkCheck {
  if (text.length > MAX_INPUT) return { ok: false, reason: 'too_long' };
  const digits = join?.keyDigits ?? DEFAULT_DIGITS;
  const hosts = join?.hosts ?? [];
  if (HIDDEN.test(text)) return { ok: false, reason: 'hidden_characters' };
  // NFKC: full-width digits, letters, hyphens and spaces typed with a Japanese IME become ASCII.
  let s = text.normalize('NFKC').trim();
  s = s
    .replace(/^[<"'「『(]+/u, '')
    .replace(/[>"'」』)]+$/u, '')
    .trim();
  if (s === '') return { ok: false, reason: 'empty' };
  // A whole mail line ("招待リンク: https://… よろしくお願いします"): the one link in it, checked as strictly
  // as if it had been pasted alone. Two different links are not guessed between.
  const inText = linkInText(s);
  if (inText !== undefined)
    return inText === null ? { ok: false, reason: 'unparseable' } : checkLink(inText, join);

  // No scheme, no path and no "name.tld": what is left can only be meant as a key.
  if (!SCHEME.test(s) && !s.includes('/') && !/[a-z0-9-]\.[a-z]/iu.test(s))
    return checkBareKey(s, hosts, digits);
  // A link pasted without its scheme ("assist.zoho.com/join?key=…"): the host check still applies.
  if (!SCHEME.test(s) && /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|\?|$)/i.test(s)) s = `https://${s}`;
  const scheme = SCHEME.exec(s)?.[1]?.toLowerCase();
  if (scheme === undefined) return { ok: false, reason: 'unparseable' };
  if (scheme === 'http') return { ok: false, reason: 'not_https' };
  if (scheme !== 'https') return { ok: false, reason: 'bad_scheme' };
  return checkHttpsLink(s, hosts, digits);
}

// A link inside text ends at whitespace or at the Japanese and ASCII punctuation that closes a sentence.
const LINK_IN_TEXT = /https?:\/\/[^\s<>"'「」『』（）()、。，．]+/giu;

/** The link inside surrounding words: undefined when the text is only a link or key, null when ambiguous. */
function linkInText(s: string): string | null | undefined {
  // Text that starts as a link is judged whole: a link broken by a space is refused, not trimmed.
  if (SCHEME.test(s)) return undefined;
  const links = [
    ...new Set([...s.matchAll(LINK_IN_TEXT)].map((m) => m[0].replace(/[.,:;!?]+$/u, ''))),
  ];
  if (links.length === 0) return undefined;
  if (links.length > 1) return null;
  const [link] = links;
  return link === s ? undefined : (link ?? null);
}

function checkBareKey(
  s: string,
  hosts: JoinSection['hosts'],
  digits: JoinSection['keyDigits'],
): LinkCheck {
  const key = s.replace(KEY_SEPARATORS, '');
  const keyProblem = checkKey(key, digits);
  if (keyProblem) return keyProblem;
  const host = bareKeyHost(hosts);
  if (!host) return { ok: false, reason: 'no_join_hosts' };
  return { ok: true, link: { url: buildUrl(host, key), key, dataCentre: null } };
}

function checkHttpsLink(
  s: string,
  hosts: JoinSection['hosts'],
  digits: JoinSection['keyDigits'],
): LinkCheck {
  // Read the authority from the raw text as well: the WHATWG parser silently treats "\" as "/"
  // and moves "user@" out of the host, and both are tricks we refuse rather than repair.
  const afterScheme = s.slice('https:'.length);
  if (!afterScheme.startsWith('//')) return { ok: false, reason: 'unparseable' };
  const authority = afterScheme.slice(2).split(/[/?#]/u, 1)[0] ?? '';
  if (authority.includes('@')) return { ok: false, reason: 'userinfo' };
  if (/\s/u.test(s)) return { ok: false, reason: 'unparseable' };
  const rawHost = authority.replace(/:\d*$/u, '').toLowerCase();
  const rawPort = /:(\d*)$/u.exec(authority)?.[1] ?? '';
  if (rawPort !== '' && Number(rawPort) !== 443)
    return { ok: false, reason: 'bad_port', host: rawHost };

  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return { ok: false, reason: 'unparseable' };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'userinfo' };
  if (url.port !== '') return { ok: false, reason: 'bad_port', host: rawHost };
  const host = url.hostname.toLowerCase();
  if (hosts.length === 0) return { ok: false, reason: 'no_join_hosts' };
  const entry = hosts.find((h) => h.host.toLowerCase() === host);
  if (!entry || rawHost !== host) {
    // Name the host in its punycode form: a Cyrillic "о" prints exactly like the real name, "xn--" does not.
    return {
      ok: false,
      reason: looksLikeVendor(rawHost, host, hosts) ? 'lookalike_host' : 'unknown_host',
      host,
    };
  }

  const key = keyFromUrl(url);
  if (key === undefined) return { ok: false, reason: 'no_key' };
  const keyProblem = checkKey(key, digits);
  if (keyProblem) return keyProblem;
  const dc = dataCentreSchema.safeParse(entry.dataCentre);
  const dataCentre: DataCentre | null = dc.success ? dc.data : null;
  return { ok: true, link: { url: buildUrl(entry.host.toLowerCase(), key), key, dataCentre } };
}

function keyFromUrl(url: URL): string | undefined {
  const fromQuery = url.searchParams.get('key');
  if (fromQuery !== null && fromQuery !== '') return fromQuery.replace(KEY_SEPARATORS, '');
  // join.zoho.com/<key>: the short form some invitations use.
  const segment = /^\/([^/]+)\/?$/u.exec(url.pathname)?.[1];
  if (segment && /^[\d-]+$/u.test(segment)) return segment.replace(KEY_SEPARATORS, '');
  return undefined;
}

function checkKey(key: string, digits: JoinSection['keyDigits']): LinkCheck | undefined {
  if (key === '') return { ok: false, reason: 'no_key' };
  if (!/^\d+$/u.test(key)) return { ok: false, reason: 'key_not_numeric' };
  if (key.length < digits.min || key.length > digits.max)
    return { ok: false, reason: 'key_length', min: digits.min, max: digits.max };
  return undefined;
}

/** The customer page for a key: the official `/join?key=` on assist hosts, `/assist-join?key=` on join hosts. */
function buildUrl(host: string, key: string): string {
  const path = host.startsWith('join.') ? '/assist-join' : '/join';
  return `https://${host}${path}?key=${key}`;
}

// A bare key carries no data centre: send it where Zoho sends every customer, join.zoho.com.
function bareKeyHost(hosts: JoinSection['hosts']): string | undefined {
  const join = hosts.find((h) => h.host.toLowerCase().startsWith('join.'));
  return (join ?? hosts[0])?.host.toLowerCase();
}

const CONFUSABLE: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '5': 's',
  '@': 'a',
  i: 'l',
  rn: 'm',
  vv: 'w',
};

function skeleton(host: string): string {
  let s = host.toLowerCase();
  for (const [from, to] of Object.entries(CONFUSABLE)) s = s.split(from).join(to);
  return s;
}

/** Whether a refused host imitates the vendor's rather than being merely unrelated. */
function looksLikeVendor(rawHost: string, host: string, hosts: JoinSection['hosts']): boolean {
  // Non-ASCII (Cyrillic "а"), punycode ("xn--") or a trailing dot: nobody types these by accident.
  if (
    // eslint-disable-next-line no-control-regex
    /[^\x00-\x7f]/u.test(rawHost) ||
    host.split('.').some((l) => l.startsWith('xn--')) ||
    host.endsWith('.')
  )
    return true;
  const known = hosts.map((h) => h.host.toLowerCase());
  const brands = new Set(
    known.flatMap((h) =>
      h.split('.').filter((l) => l.length >= 4 && !['assist', 'join'].includes(l)),
    ),
  );
  const sk = skeleton(host);
  if (known.some((k) => host.includes(k) || sk === skeleton(k))) return true;
  return [...brands].some((b) => sk.includes(skeleton(b)));
}

/** The guard the Electron shell's `openExternal` uses: only a URL this validator itself built may open. */
export function isOpenableJoinUrl(url: string, catalog: Pick<Catalog, 'join'>): boolean {
  const checked = checkLink(url, catalog.join);
  return checked.ok && checked.link.url === url;
}

/** The hosts to check before joining: the data centre's endpoints plus the global ones. */
export function dataCentreHosts(
  catalog: Pick<Catalog, 'endpoints'>,
  dataCentre: string | null,
): string[] {
  const wanted = (region: string | undefined) =>
    region === undefined || region === 'global' || (dataCentre !== null && region === dataCentre);
  const hosts = catalog.endpoints.filter((e) => wanted(e.region)).map((e) => e.host);
  return [...new Set(hosts)];
}
