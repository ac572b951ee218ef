import { parseRegQuery, regQueryCommand, regValuesOf } from '../os/reg-query';
import { parseProxyServerList, type SystemProxySettings } from './proxy-settings';
import type { CommandSpec } from '../os/run-command';
import { pick, splitLines } from '../os/text-lines';
import { regNumber } from '../system/windows-release';

export const winInetKey = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';

/** The per-user WinINet settings (what Edge, Chrome and most apps use). */
export function winInetCommand(): CommandSpec {
  return regQueryCommand(winInetKey);
}

/** The connection flags, where "Automatically detect settings" (WPAD) lives. */
export function winInetConnectionsCommand(): CommandSpec {
  return regQueryCommand(`${winInetKey}\\Connections`, 'DefaultConnectionSettings');
}

/**
 * "Automatically detect settings" from DefaultConnectionSettings (REG_BINARY): byte 8 holds the flags,
 * 0x08 being auto-detect (0x01 direct, 0x02 manual proxy, 0x04 setup script).
 */
export function autoDetectFromReg(regOutput: string): boolean | undefined {
  const hex = (regValuesOf(parseRegQuery(regOutput)).DefaultConnectionSettings ?? '').replace(
    /[^0-9a-f]/gi,
    '',
  );
  if (hex.length < 18) return undefined;
  return (Number.parseInt(hex.slice(16, 18), 16) & 0x08) !== 0;
}

/** WinHTTP's machine-wide proxy (what services use). */
export const winHttpCommand: CommandSpec = {
  file: 'netsh',
  args: ['winhttp', 'show', 'proxy'],
  timeoutMs: 5000,
};

/**
 * WinINet settings from the Internet Settings values: AutoConfigURL (a PAC, used whatever ProxyEnable says),
 * ProxyServer when ProxyEnable is 1, ProxyOverride as the bypass list. Undefined when neither is set.
 */
export function winInetSettingsFromReg(
  regOutput: string,
  connectionsOutput = '',
): SystemProxySettings | undefined {
  const autoDetect = autoDetectFromReg(connectionsOutput);
  const values = regValuesOf(parseRegQuery(regOutput));
  const isEnabled = regNumber(pick(values, 'ProxyEnable') ?? '0') === 1;
  const pacUrl = pick(values, 'AutoConfigURL')?.trim() || undefined;
  const servers = isEnabled ? parseProxyServerList(pick(values, 'ProxyServer') ?? '') : {};
  const bypass = (pick(values, 'ProxyOverride') ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  const detect = autoDetect ? { autoDetect } : {};
  if (!pacUrl && !servers.all && !servers.http && !servers.https && !servers.socks)
    return autoDetect ? { origin: 'wininet', servers, bypass, ...detect } : undefined;
  return { origin: 'wininet', ...(pacUrl ? { pacUrl } : {}), servers, bypass, ...detect };
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
  return {
    origin: 'winhttp',
    servers: parseProxyServerList(server),
    bypass: bypass.split(/[;\s]+/).filter(Boolean),
  };
}
