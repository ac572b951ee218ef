import { parseRegQuery, regQueryCommand, regValuesOf } from './reg-query';
import { parseProxyServerList, type SystemProxySettings } from './proxy-settings';
import type { CommandSpec } from './run-command';
import { pick, splitLines } from './text-lines';
import { regNumber } from './windows-release';

export const winInetKey = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';

/** The per-user WinINet settings (what Edge, Chrome and most apps use). */
export function winInetCommand(): CommandSpec {
  return regQueryCommand(winInetKey);
}

/** WinHTTP's machine-wide proxy (what services use). */
export const winHttpCommand: CommandSpec = { file: 'netsh', args: ['winhttp', 'show', 'proxy'], timeoutMs: 5000 };

/**
 * WinINet settings from the Internet Settings values: AutoConfigURL (a PAC, used whatever ProxyEnable says),
 * ProxyServer when ProxyEnable is 1, ProxyOverride as the bypass list. Undefined when neither is set.
 */
export function winInetSettingsFromReg(regOutput: string): SystemProxySettings | undefined {
  const values = regValuesOf(parseRegQuery(regOutput));
  const isEnabled = regNumber(pick(values, 'ProxyEnable') ?? '0') === 1;
  const pacUrl = pick(values, 'AutoConfigURL')?.trim() || undefined;
  const servers = isEnabled ? parseProxyServerList(pick(values, 'ProxyServer') ?? '') : {};
  const bypass = (pick(values, 'ProxyOverride') ?? '').split(';').map((s) => s.trim()).filter(Boolean);
  if (!pacUrl && !servers.all && !servers.http && !servers.https && !servers.socks) return undefined;
  return { origin: 'wininet', ...(pacUrl ? { pacUrl } : {}), servers, bypass };
}

/**
 * `netsh winhttp show proxy`, in any UI language: the header ends in ":" with nothing after it; the
 * indented "label : value" lines are the proxy, then the bypass list. Direct access has no such lines.
 * Values in parentheses ("(none)", "(なし)") are empty.
 */
export function parseWinHttpProxy(text: string): SystemProxySettings | undefined {
  const values: string[] = [];
  for (const line of splitLines(text)) {
    if (!/^\s+\S/.test(line)) continue;
    const m = /^\s+[^:]+?\s*:\s*(.*?)\s*$/.exec(line);
    if (m && m[1] !== undefined) values.push(/^\(.*\)$/.test(m[1]) ? '' : m[1]);
  }
  const [server = '', bypass = ''] = values;
  if (!server) return undefined;
  return { origin: 'winhttp', servers: parseProxyServerList(server), bypass: bypass.split(/[;\s]+/).filter(Boolean) };
}
