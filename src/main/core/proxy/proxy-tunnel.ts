import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect, isIP, isIPv6, type Socket } from 'node:net';
import { connect as tlsConnect, type SecureContext } from 'node:tls';
import { headerText } from '../network/header-text';
import { proxyAuthorization, proxyHostPort, redactUrl } from './proxy-url';
import { upstreamFailure } from './proxy-upstream';
import type { ProxyConnectDetail, TunnelDetail } from '../../../shared/details';
import { rawError, stepDeadline, type StepOutcome } from '../network/step-outcome';

export interface ProxyStepOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Trust for an `https://` proxy's own certificate (the run's trust store). */
  secureContext?: SecureContext;
}

// An https:// proxy is spoken to over TLS (Chromium's PAC "HTTPS host:port"); its certificate must be trusted.
function tlsToProxy(proxy: URL, host: string, o: ProxyStepOptions) {
  return proxy.protocol === 'https:'
    ? {
        ...(isIP(host) ? {} : { servername: host }),
        ...(o.secureContext ? { secureContext: o.secureContext } : {}),
      }
    : undefined;
}

/** Opens a connection to the proxy itself (TLS for an https:// proxy); failing that, the proxy is unreachable. */
export function connectToProxy(
  proxy: URL,
  o: ProxyStepOptions,
): Promise<StepOutcome<ProxyConnectDetail, Socket>> {
  const { host, port } = proxyHostPort(proxy);
  const vars = { proxy: redactUrl(proxy), proxyHost: host, proxyPort: port };
  const deadline = stepDeadline(o.signal, o.timeoutMs);
  const signal = deadline.signal;
  return new Promise((resolve) => {
    const tls = tlsToProxy(proxy, host, o);
    const socket: Socket = tls ? tlsConnect({ host, port, ...tls }) : connect({ host, port });
    const ready = tls ? 'secureConnect' : 'connect';
    socket.on('error', () => undefined);
    const finish = (outcome: StepOutcome<ProxyConnectDetail, Socket>) => {
      deadline.dispose();
      signal.removeEventListener('abort', onAbort);
      socket.removeListener(ready, onConnect);
      socket.removeListener('error', onError);
      if (!outcome.value) socket.destroy();
      resolve(outcome);
    };
    const onConnect = () =>
      finish({
        verdict: 'ok',
        vars,
        detail: { proxy: vars.proxy, address: socket.remoteAddress },
        value: socket,
      });
    const onError = (e: Error) =>
      finish({
        verdict: 'proxy_unreachable',
        vars: { ...vars, code: String(rawError(e).code ?? '') },
        detail: { proxy: vars.proxy, error: rawError(e) },
      });
    const onAbort = () =>
      o.signal?.aborted
        ? finish({ verdict: 'cancelled', detail: {} })
        : finish({
            verdict: 'proxy_unreachable',
            vars: { ...vars, code: 'ETIMEDOUT' },
            detail: {
              proxy: vars.proxy,
              error: { code: 'ETIMEDOUT', message: `no answer within ${o.timeoutMs} ms` },
            },
          });
    socket.once(ready, onConnect);
    socket.once('error', onError);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The `tcp` step through a proxy: a CONNECT tunnel to host:port. The socket is returned open and
 * tunnelled, so TLS and the WebSocket upgrade run inside it.
 */
export function connectTunnel(
  proxy: URL,
  host: string,
  port: number,
  o: ProxyStepOptions,
): Promise<StepOutcome<TunnelDetail, Socket>> {
  const { host: proxyHost, port: proxyPort } = proxyHostPort(proxy);
  const authority = `${isIPv6(host) ? `[${host}]` : host}:${port}`;
  const vars = { host, port, proxy: redactUrl(proxy) };
  const deadline = stepDeadline(o.signal, o.timeoutMs);
  const signal = deadline.signal;
  const auth = proxyAuthorization(proxy);
  return new Promise((resolve) => {
    let reachedProxy = false;
    let done = false;
    const tls = tlsToProxy(proxy, proxyHost, o);
    const req = (tls ? httpsRequest : httpRequest)({
      ...tls,
      host: proxyHost,
      port: proxyPort,
      method: 'CONNECT',
      path: authority,
      agent: false,
      headers: { host: authority, ...(auth ? { 'proxy-authorization': auth } : {}) },
    });
    const finish = (outcome: StepOutcome<TunnelDetail, Socket>) => {
      if (done) return;
      done = true;
      deadline.dispose();
      signal.removeEventListener('abort', onAbort);
      if (!outcome.value) req.destroy();
      resolve(outcome);
    };
    const detail = (extra: Omit<TunnelDetail, 'proxy' | 'via' | 'reachedProxy'> = {}) => ({
      proxy: vars.proxy,
      via: 'CONNECT' as const,
      reachedProxy,
      ...extra,
    });
    req.on('socket', (s: Socket) => {
      s.on('error', () => undefined);
      // Reached means the proxy could be spoken to: for an https:// proxy, once its TLS handshake is done.
      s.once(tls ? 'secureConnect' : 'connect', () => (reachedProxy = true));
    });
    req.on('connect', (res, socket: Socket, head: Buffer) => {
      const status = res.statusCode ?? 0;
      const headers = {
        status,
        statusMessage: res.statusMessage,
        server: headerText(res.headers.server),
        via: headerText(res.headers.via),
      };
      if (status === 200) {
        if (head.length) socket.unshift(head);
        return finish({
          verdict: 'ok',
          vars,
          detail: detail({ response: headers }),
          value: socket,
        });
      }
      socket.destroy();
      // The proxy answered but could not reach the destination: the cause lies behind it, not in its rules.
      const upstream =
        status === 407 ? undefined : upstreamFailure(status, res.headers, { isTunnel: true });
      const verdict =
        status === 407
          ? 'proxy_auth_required'
          : upstream
            ? 'proxy_upstream_failed'
            : 'proxy_refused';
      finish({
        verdict,
        ...(upstream?.error ? { variant: 'named' } : {}),
        vars: { ...vars, status, ...(upstream?.error ? { error: upstream.error } : {}) },
        detail: detail({
          response: {
            ...headers,
            authenticate: res.headers['proxy-authenticate'],
            ...(upstream?.error ? { proxyError: upstream.error.slice(0, 200) } : {}),
          },
        }),
      });
    });
    req.on('error', (e) => {
      const error = rawError(e);
      if (!reachedProxy)
        return finish({
          verdict: 'proxy_unreachable',
          vars: { ...vars, code: String(error.code ?? '') },
          detail: detail({ error }),
        });
      finish({
        verdict: 'proxy_refused',
        variant: 'closed',
        vars: { ...vars, status: String(error.code ?? 'closed') },
        detail: detail({ error }),
      });
    });
    const onAbort = () => {
      if (o.signal?.aborted) return finish({ verdict: 'cancelled', detail: detail() });
      const error = { code: 'ETIMEDOUT', message: `no answer within ${o.timeoutMs} ms` };
      // The proxy took the request but its upstream connection did not complete: the destination drops.
      if (reachedProxy)
        return finish({
          verdict: 'tcp_timeout',
          variant: 'viaProxy',
          vars: { ...vars, timeoutMs: o.timeoutMs },
          detail: detail({ error }),
        });
      finish({
        verdict: 'proxy_unreachable',
        vars: { ...vars, code: 'ETIMEDOUT' },
        detail: detail({ error }),
      });
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    req.end();
  });
}
