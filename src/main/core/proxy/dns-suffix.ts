import { readFile } from 'node:fs/promises';
import { parseRegQuery, regQueryCommand, regValuesOf } from '../os/reg-query';
import { runCommand, type CommandSpec } from '../os/run-command';
import { splitLines } from '../os/text-lines';

/** The machine-wide TCP/IP settings, where Windows keeps the PC's DNS suffixes. */
export const tcpipParametersCommand: CommandSpec = regQueryCommand(
  'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters',
);

/** macOS's resolver configuration (what mDNSResponder uses; /etc/resolv.conf there is only a copy). */
export const scutilDnsCommand: CommandSpec = { file: 'scutil', args: ['--dns'], timeoutMs: 5000 };

/** A DNS name as a suffix: lower case, no surrounding dots; undefined for "." and addresses. */
function cleanSuffix(raw: string): string | undefined {
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/^\.+|\.+$/g, '');
  if (!s || !/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(s) || /^[\d.]+$/.test(s)) return undefined;
  return s;
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}

/**
 * Windows: the primary suffix (`Domain`, the one in use; `NV Domain`, the one configured), the suffix
 * DHCP gave (`DhcpDomain`), then the suffix search list (`SearchList`, comma-separated), in that order.
 */
export function parseTcpipSuffixes(regOutput: string): string[] {
  const values = regValuesOf(parseRegQuery(regOutput));
  const list = (values.SearchList ?? '').split(/[,\s]+/);
  return unique(
    [values.Domain, values['NV Domain'], values.DhcpDomain, ...list].map((v) =>
      v === undefined ? undefined : cleanSuffix(v),
    ),
  );
}

/**
 * macOS `scutil --dns`: the "search domain[n] : name" lines, first resolver first. The supplemental
 * resolvers' "domain : name" lines (local, in-addr.arpa…) only route queries and are not search suffixes.
 */
export function parseScutilDnsSuffixes(text: string): string[] {
  const found: (string | undefined)[] = [];
  for (const line of splitLines(text)) {
    const m = /^\s*search domain\[\d+\]\s*:\s*(\S+)\s*$/.exec(line);
    if (m?.[1]) found.push(cleanSuffix(m[1]));
  }
  return unique(found);
}

/** Linux /etc/resolv.conf: `search` or `domain`, the last such line winning (resolv.conf(5)). */
export function parseResolvConfSuffixes(text: string): string[] {
  let last: string[] = [];
  for (const line of splitLines(text)) {
    const m = /^\s*(search|domain)\s+(.+)$/.exec(line.replace(/[#;].*$/, ''));
    if (m?.[2]) last = m[2].trim().split(/\s+/);
  }
  return unique(last.map(cleanSuffix));
}

/** The PC's DNS suffixes as the OS holds them; empty when it has none or they cannot be read. */
export async function readDnsSuffixes(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
  resolvConfPath = '/etc/resolv.conf',
): Promise<string[]> {
  const run = { env, ...(signal ? { signal } : {}) };
  switch (platform) {
    case 'win32': {
      const out = await runCommand(tcpipParametersCommand, run);
      return out.ok ? parseTcpipSuffixes(out.stdout) : [];
    }
    case 'darwin': {
      const out = await runCommand(scutilDnsCommand, run);
      return out.ok ? parseScutilDnsSuffixes(out.stdout) : [];
    }
    default:
      try {
        return parseResolvConfSuffixes(await readFile(resolvConfPath, 'utf8'));
      } catch {
        return [];
      }
  }
}
