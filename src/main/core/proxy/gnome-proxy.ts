import type { SystemProxySettings } from './proxy-settings';
import type { CommandSpec } from '../os/run-command';
import { splitLines } from '../os/text-lines';

/** Every key of the proxy schema and its children (http, https, socks…) in one call. */
export const gsettingsProxyCommand: CommandSpec = {
  file: 'gsettings',
  args: ['list-recursively', 'org.gnome.system.proxy'],
  timeoutMs: 5000,
};

/** A GVariant text value: 'string', ['a', 'b'], 8080, true; quotes may be ' or ". */
export function parseGVariant(text: string): string | number | boolean | string[] {
  const v = text
    .trim()
    .replace(/^@as\s+/, '')
    .replace(/^(uint32|int32)\s+/, '');
  if (v.startsWith('['))
    return [...v.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) =>
      (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'),
    );
  const q = /^'((?:[^'\\]|\\.)*)'$|^"((?:[^"\\]|\\.)*)"$/.exec(v);
  if (q) return (q[1] ?? q[2] ?? '').replace(/\\(.)/g, '$1');
  if (v === 'true' || v === 'false') return v === 'true';
  const n = Number(v);
  return Number.isFinite(n) ? n : v;
}

/** GNOME's proxy settings from `gsettings list-recursively org.gnome.system.proxy`; undefined for mode 'none'. */
export function parseGnomeProxy(text: string): SystemProxySettings | undefined {
  const keys = new Map<string, string | number | boolean | string[]>();
  for (const line of splitLines(text)) {
    const m = /^(org\.gnome\.system\.proxy(?:\.(\w+))?)\s+(\S+)\s+(.*)$/.exec(line);
    if (m) keys.set(`${m[2] ?? ''}.${m[3] ?? ''}`, parseGVariant(m[4] ?? ''));
  }
  const str = (k: string) => (typeof keys.get(k) === 'string' ? (keys.get(k) as string) : '');
  const mode = str('.mode');
  const ignore = keys.get('.ignore-hosts');
  const bypass = Array.isArray(ignore) ? ignore : [];
  if (mode === 'auto') {
    const pacUrl = str('.autoconfig-url');
    // An empty URL in 'auto' means WPAD, which is reported but not evaluated.
    return pacUrl
      ? { origin: 'gnome', pacUrl, servers: {}, bypass }
      : { origin: 'gnome', servers: {}, bypass, autoDetect: true };
  }
  if (mode !== 'manual') return undefined;
  const server = (scheme: string) => {
    const host = str(`${scheme}.host`);
    const port = keys.get(`${scheme}.port`);
    return host && typeof port === 'number' && port > 0 ? `${host}:${port}` : undefined;
  };
  const servers: SystemProxySettings['servers'] = {};
  const http = server('http');
  const https = server('https');
  const socks = server('socks');
  if (http) servers.http = http;
  if (https) servers.https = https;
  if (socks) servers.socks = socks;
  // use-same-proxy: the HTTP proxy serves HTTPS too (GNOME's "use this proxy for all protocols").
  if (http && !https && keys.get('.use-same-proxy') === true) servers.https = http;
  if (!http && !https && !socks) return undefined;
  return { origin: 'gnome', servers, bypass };
}
