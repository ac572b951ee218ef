import { request } from 'node:http';
import { isIPv6, type Socket } from 'node:net';
import { isInDomains } from '../../../shared/catalog';
import { headerText } from './header-text';
import { proxyAuthorization, redactUrl } from '../proxy/proxy-url';
import type { HttpDetail } from '../../../shared/details';
import type { IncomingHttpHeaders } from 'node:http';
import { upstreamFailure } from '../proxy/proxy-upstream';
import { rawError, stepDeadline, type StepOutcome } from './step-outcome';

export interface HttpProbeOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** The catalog's domains: a redirect into them is the vendor's own. */
  domains: readonly string[];
  /** The socket is connected to this proxy: send an absolute-URI request through it. */
  viaProxy?: URL;
}

function judge(
  status: number,
  headers: IncomingHttpHeaders,
  base: URL,
  host: string,
  o: HttpProbeOptions,
): Pick<StepOutcome<HttpDetail>, 'verdict' | 'variant'> & { target?: string; error?: string } {
  const location = headers.location;
  if (status === 407 && o.viaProxy) return { verdict: 'proxy_auth_required' };
  // Through a proxy, a gateway error is the proxy's own: it could not reach the vendor.
  const upstream = o.viaProxy ? upstreamFailure(status, headers, { isTunnel: false }) : undefined;
  if (upstream)
    return upstream.error
      ? { verdict: 'proxy_upstream_failed', variant: 'named', error: upstream.error }
      : { verdict: 'proxy_upstream_failed' };
  // Only the vendor's own answer proves the way through the proxy.
  if (status >= 200 && status < 300)
    return o.viaProxy ? { verdict: 'ok', variant: 'httpViaProxy' } : { verdict: 'ok' };
  if (status >= 300 && status < 400) {
    let target: URL | undefined;
    try {
      target = location ? new URL(location, base) : undefined;
    } catch {
      target = undefined;
    }
    if (!target) return { verdict: 'http_blocked', variant: 'redirect', target: location ?? '' };
    const into =
      target.hostname.toLowerCase() === host.toLowerCase() ||
      isInDomains(target.hostname, o.domains);
    return into
      ? { verdict: 'ok', variant: 'httpRedirect', target: target.href }
      : { verdict: 'http_blocked', variant: 'redirect', target: target.href };
  }
  if (status === 403 || status === 451) return { verdict: 'http_blocked' };
  if (status >= 500) return { verdict: 'http_server_error' };
  // 404 and other client errors come from a server that is there and speaks HTTP: the port is open.
  return { verdict: 'ok' };
}

/** A GET on a plain-HTTP port over the already-open socket, following no redirect. */
export function probeHttp(
  socket: Socket,
  host: string,
  port: number,
  o: HttpProbeOptions,
): Promise<StepOutcome<HttpDetail>> {
  const deadline = stepDeadline(o.signal, o.timeoutMs);
  const signal = deadline.signal;
  const authority = `${isIPv6(host) ? `[${host}]` : host}${port === 80 ? '' : `:${port}`}`;
  const base = new URL(`http://${authority}/`);
  const auth = o.viaProxy ? proxyAuthorization(o.viaProxy) : undefined;
  const vars = { host, port, ...(o.viaProxy ? { proxy: redactUrl(o.viaProxy) } : {}) };
  return new Promise((resolve) => {
    let done = false;
    const req = request({
      createConnection: () => socket,
      method: 'GET',
      path: o.viaProxy ? base.href : '/',
      headers: {
        host: authority,
        'user-agent': 'session-prep',
        connection: 'close',
        ...(auth ? { 'proxy-authorization': auth } : {}),
      },
    });
    const finish = (outcome: StepOutcome<HttpDetail>) => {
      if (done) return;
      done = true;
      deadline.dispose();
      signal.removeEventListener('abort', onAbort);
      req.destroy();
      socket.destroy();
      resolve(outcome);
    };
    req.on('response', (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      const j = judge(status, res.headers, base, host, o);
      finish({
        verdict: j.verdict,
        ...(j.variant ? { variant: j.variant } : {}),
        vars: { ...vars, status, location: j.target ?? '', ...(j.error ? { error: j.error } : {}) },
        detail: {
          request: o.viaProxy ? base.href : '/',
          response: {
            status,
            statusMessage: res.statusMessage,
            location,
            server: headerText(res.headers.server),
            via: headerText(res.headers.via),
            ...(j.error ? { proxyError: j.error.slice(0, 200) } : {}),
          },
        },
      });
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      const error = rawError(e);
      finish({
        verdict: 'tcp_reset',
        variant: e.syscall ? 'duringHttp' : 'closedHttp',
        vars: { ...vars, code: String(error.code ?? '') },
        detail: { error },
      });
    });
    const onAbort = () => {
      if (o.signal?.aborted) return finish({ verdict: 'cancelled', detail: {} });
      finish({
        verdict: 'tcp_timeout',
        variant: 'noHttpAnswer',
        vars: { ...vars, timeoutMs: o.timeoutMs },
        detail: {
          error: { code: 'ETIMEDOUT', message: `no HTTP answer within ${o.timeoutMs} ms` },
        },
      });
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    req.end();
  });
}
