import type { IncomingHttpHeaders } from 'node:http';

/** What one browser-mode host accepts: its own port. */
export interface GuardConfig {
  port: number;
}

/** Why a request is refused; the server words it in its language (`api:web.*`). */
export type GuardReason = 'foreignHost' | 'foreignOrigin' | 'foreignSite';

export type GuardVerdict = { ok: true } | { ok: false; status: 403; reason: GuardReason };

/** `Host` must name loopback and our port exactly: anything else is DNS rebinding or a stray client. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A present `Origin` must be our own page; a cross-site page, another local port or `null` is refused. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/**
 * Checks Host, Origin and fetch metadata; `requireOrigin` for what carries a credential (the trade of
 * the launch code, the WebSocket upgrade). The credential itself is checked by the server (page-session).
 */
export function guardRequest(
  headers: IncomingHttpHeaders,
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
  return { ok: true };
}

function deny(reason: GuardReason): GuardVerdict {
  return { ok: false, status: 403, reason };
}
