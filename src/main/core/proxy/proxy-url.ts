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
