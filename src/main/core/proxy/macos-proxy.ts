import type { SystemProxySettings } from './proxy-settings';
import type { CommandSpec } from '../os/run-command';
import { splitLines } from '../os/text-lines';

export const scutilProxyCommand: CommandSpec = {
  file: 'scutil',
  args: ['--proxy'],
  timeoutMs: 5000,
};

/** The flat keys and the ExceptionsList array of `scutil --proxy`'s dictionary. */
export function parseScutilDictionary(text: string): {
  values: Record<string, string>;
  exceptions: string[];
} {
  const values: Record<string, string> = {};
  const exceptions: string[] = [];
  let inArray: string | undefined;
  for (const line of splitLines(text)) {
    const open = /^\s*(\w+)\s*:\s*<array>\s*\{\s*$/.exec(line);
    if (open) {
      inArray = open[1];
      continue;
    }
    if (inArray && /^\s*\}\s*$/.test(line)) {
      inArray = undefined;
      continue;
    }
    const kv = /^\s*(\w+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    if (inArray === 'ExceptionsList') exceptions.push(kv[2] ?? '');
    else if (!inArray) values[kv[1] ?? ''] = kv[2] ?? '';
  }
  return { values, exceptions };
}

/** macOS settings of the active network service; undefined when nothing is on. */
export function parseScutilProxy(text: string): SystemProxySettings | undefined {
  const { values, exceptions } = parseScutilDictionary(text);
  const on = (k: string) => values[`${k}Enable`] === '1';
  const server = (k: string) =>
    on(k) && values[`${k}Proxy`]
      ? `${values[`${k}Proxy`]}:${values[`${k}Port`] ?? (k === 'HTTPS' ? '443' : '80')}`
      : undefined;
  const pacUrl =
    values.ProxyAutoConfigEnable === '1' ? values.ProxyAutoConfigURLString || undefined : undefined;
  const servers: SystemProxySettings['servers'] = {};
  const http = server('HTTP');
  const https = server('HTTPS');
  const socks = server('SOCKS');
  if (http) servers.http = http;
  if (https) servers.https = https;
  if (socks) servers.socks = socks;
  const autoDetect = values.ProxyAutoDiscoveryEnable === '1';
  // "Exclude simple hostnames" is WinINet's <local>: one matcher serves both.
  const bypass = [...exceptions, ...(values.ExcludeSimpleHostnames === '1' ? ['<local>'] : [])];
  if (!pacUrl && !http && !https && !socks)
    return autoDetect ? { origin: 'macos', servers, bypass, autoDetect } : undefined;
  return {
    origin: 'macos',
    ...(pacUrl ? { pacUrl } : {}),
    servers,
    bypass,
    ...(autoDetect ? { autoDetect } : {}),
  };
}
