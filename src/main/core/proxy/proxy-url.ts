/**
 * A proxy URL as people write it in HTTPS_PROXY and its kin: "proxy:8080" means http://proxy:8080. Only
 * HTTP proxies (plain or over TLS) can carry the checks' CONNECT tunnels; a socks:// value is not one.
 */
export function parseProxyUrl(value: string): URL | undefined {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    return url.hostname && (url.protocol === 'http:' || url.protocol === 'https:')
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}

/** Why a `--proxy` value cannot be used, or the URL it names. */
export type ProxyFlagCheck =
  | { ok: true; href: string }
  | { ok: false; problem: 'not_url' | 'no_host' }
  | { ok: false; problem: 'not_http'; scheme: string };

/**
 * A `--proxy` value: stricter than the environment's, since the person who typed it can be told what to
 * give instead: a whole http:// URL with a host (credentials allowed, never echoed back).
 */
export function checkProxyFlag(text: string): ProxyFlagCheck {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not_url' };
  }
  if (url.protocol !== 'http:') return { ok: false, problem: 'not_http', scheme: url.protocol };
  if (!url.hostname) return { ok: false, problem: 'no_host' };
  return { ok: true, href: url.href };
}

/** A proxy URL without its credentials: what may appear in messages, details and reports. */
export function redactUrl(url: URL | string): string {
  let u: URL;
  try {
    u = new URL(String(url));
  } catch {
    // Unparseable: drop anything that looks like userinfo rather than risk printing a password.
    return String(url).replace(/\/\/[^@/]*@/, '//');
  }
  u.username = '';
  u.password = '';
  return `${u.protocol}//${u.host}`;
}

/** "host:port" of a proxy URL (default port 80 for http, 443 for https). */
export function proxyHostPort(url: URL): { host: string; port: number } {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return { host, port };
}

/** The Proxy-Authorization header for a URL with userinfo, or undefined. */
export function proxyAuthorization(url: URL): string | undefined {
  if (!url.username && !url.password) return undefined;
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  return `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
}
