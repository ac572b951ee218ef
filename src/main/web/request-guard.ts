import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** What one browser-mode host accepts: its own port, its token. */
export interface GuardConfig {
  port: number;
  token: string;
}

/** Why a request is refused; the server words it in its language (`api:web.*`). */
export type GuardReason =
  'foreignHost' | 'foreignOrigin' | 'foreignSite' | 'wrongToken' | 'needToken';

export type GuardVerdict =
  { ok: true; viaQuery: boolean } | { ok: false; status: 403; reason: GuardReason };

/** Name of the cookie that carries the token after the first request; per port, as cookies ignore ports. */
export function tokenCookieName(port: number): string {
  return `session_prep_${port}`;
}

/** `Host` must name loopback and our port exactly: anything else is DNS rebinding or a stray client. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A present `Origin` must be our own page; a cross-site page, another local port or `null` is refused. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Checks Host, Origin, fetch metadata and the token; `requireOrigin` for the WebSocket upgrade. */
export function guardRequest(
  headers: IncomingHttpHeaders,
  url: URL,
  config: GuardConfig,
  options: { requireOrigin: boolean },
): GuardVerdict {
  if (!isAllowedHost(headers.host, config.port)) return deny('foreignHost');
  const origin = headers.origin;
  if (origin !== undefined || options.requireOrigin) {
    if (!isAllowedOrigin(origin, config.port)) return deny('foreignOrigin');
  }
  // Browsers say where a request comes from; another site (or another port of this PC) may not drive us.
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return deny('foreignSite');
  const queryToken = url.searchParams.get('token');
  if (queryToken !== null) {
    return sameToken(queryToken, config.token) ? { ok: true, viaQuery: true } : deny('wrongToken');
  }
  const cookieToken = readCookie(headers.cookie, tokenCookieName(config.port));
  if (cookieToken !== undefined && sameToken(cookieToken, config.token))
    return { ok: true, viaQuery: false };
  return deny('needToken');
}

function deny(reason: GuardReason): GuardVerdict {
  return { ok: false, status: 403, reason };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** One cookie's value from a Cookie header; duplicates or malformed pairs give undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  const values = header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1));
  return values.length === 1 ? values[0] : undefined;
}
