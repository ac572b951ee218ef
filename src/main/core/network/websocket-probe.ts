import { isIPv6, type Socket } from 'node:net';
import WebSocket from 'ws';
import type { WebsocketDetail } from '../../../shared/details';
import { headerText } from './header-text';
import { rawError, stepDeadline, type StepOutcome } from './step-outcome';

export interface WebSocketProbeOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * A real WebSocket upgrade on `path`, over the TLS session the TLS step already opened (direct or
 * through a tunnel), so an inspecting device that strips upgrades shows up here.
 */
export function probeWebSocket(
  tls: Socket,
  host: string,
  port: number,
  path: string,
  o: WebSocketProbeOptions,
): Promise<StepOutcome<WebsocketDetail>> {
  const deadline = stepDeadline(o.signal, o.timeoutMs);
  const signal = deadline.signal;
  const authority = `${isIPv6(host) ? `[${host}]` : host}:${port}`;
  const vars = { host, port, path };
  return new Promise((resolve) => {
    let done = false;
    const ws = new WebSocket(`wss://${authority}${path}`, {
      // ws hands this to http.request, which then uses our socket instead of dialling again.
      createConnection: () => tls,
      handshakeTimeout: o.timeoutMs,
      perMessageDeflate: false,
      followRedirects: false,
    });
    const finish = (outcome: StepOutcome<WebsocketDetail>) => {
      if (done) return;
      done = true;
      deadline.dispose();
      signal.removeEventListener('abort', onAbort);
      ws.removeAllListeners();
      ws.on('error', () => undefined);
      ws.terminate();
      tls.destroy();
      resolve(outcome);
    };
    ws.once('open', () =>
      finish({ verdict: 'ok', vars, detail: { path, protocol: ws.protocol || undefined } }),
    );
    ws.once('unexpected-response', (_req, res) => {
      const status = res.statusCode ?? 0;
      finish({
        verdict: 'ws_rejected',
        vars: { ...vars, status },
        detail: {
          path,
          response: {
            status,
            statusMessage: res.statusMessage,
            server: headerText(res.headers.server),
            via: headerText(res.headers.via),
          },
        },
      });
    });
    ws.on('error', (e) =>
      finish({
        verdict: 'ws_failed',
        vars: { ...vars, code: String(rawError(e).code ?? e.message) },
        detail: { path, error: rawError(e) },
      }),
    );
    const onAbort = () => {
      if (o.signal?.aborted) return finish({ verdict: 'cancelled', detail: {} });
      finish({
        verdict: 'ws_failed',
        variant: 'timeout',
        vars: { ...vars, timeoutMs: o.timeoutMs },
        detail: {
          path,
          error: { code: 'ETIMEDOUT', message: `no upgrade answer within ${o.timeoutMs} ms` },
        },
      });
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
