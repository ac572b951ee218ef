import type { IncomingMessage } from 'node:http';
import { isIPv6, type Socket } from 'node:net';
import WebSocket from 'ws';
import type { WebsocketDetail } from '../../../shared/details';
import type { Lang } from '../../../shared/lang';
import { inEachLang, textIn, type LangText } from '../../../shared/word-verdict';
import { headerText } from './header-text';
import { rawError, stepDeadline, type StepOutcome } from './step-outcome';

export interface WebSocketProbeOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Whether the TLS session was re-signed on the way (tls_intercepted), and by whom. */
  isIntercepted: boolean;
  device?: string | LangText;
  /** Whether the catalog marks the path as confirmed by the vendor. */
  isPathVerified: boolean;
  vendor: string;
  lang: Lang;
  /** Added (issue 17): an upgrade that opens (101) is handed on open in `value`, for the idle test. */
  keepOpen?: boolean;
}

// Headers a proxy adds to what it answers itself: Via (RFC 9110), Squid's and other products' own.
const DEVICE_HEADERS = [
  'via',
  'x-squid-error',
  'x-cache',
  'x-bluecoat-via',
  'x-mwg-via',
  'x-iwsaas-via',
  'x-websenseproxychannel',
  'proxy-connection',
];
const PROXY_SERVERS =
  /squid|bluecoat|proxysg|mcafee web gateway|skyhigh|zscaler|netskope|fortigate|forcepoint|websense|sophos|cisco|barracuda|iboss|menlo/i;

/** The marks of a device in an answer: its own headers, and a Server that names a proxy. */
export function deviceSignature(res: IncomingMessage): string[] {
  const marks: string[] = [];
  for (const name of DEVICE_HEADERS) {
    const value = headerText(res.headers[name]);
    if (value) marks.push(`${name}: ${value}`);
  }
  const server = headerText(res.headers.server);
  if (server && PROXY_SERVERS.test(server)) marks.push(`server: ${server}`);
  return marks;
}

/** A proxy's name from its marks ("squid/5.7" → Squid), for a device no certificate named. */
function proxyName(marks: readonly string[]): string | undefined {
  const text = marks.join(' ');
  const m = /squid|bluecoat|proxysg|mcafee web gateway|zscaler|fortigate|forcepoint|sophos/i.exec(
    text,
  );
  if (!m) return undefined;
  const found = m[0].toLowerCase();
  return found === 'squid' ? 'Squid' : m[0];
}

/**
 * A real WebSocket upgrade on `path`, over the TLS session the TLS step already opened (direct or
 * through a tunnel), so an inspecting device that strips upgrades shows up here. What an answer proves
 * depends on that session (issue 12): over an end-to-end session nothing on the way can read or change
 * the upgrade, so any HTTP answer (101, or a 404 to a path the vendor moved) came from the vendor and
 * proves the path is open; the session's own WebSocket address is chosen per session anyway. Over an
 * intercepted session the device answers, and a non-101 means it does not pass upgrades on.
 */
export function probeWebSocket(
  tls: Socket,
  host: string,
  port: number,
  path: string,
  o: WebSocketProbeOptions,
): Promise<StepOutcome<WebsocketDetail, WebSocket>> {
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
    const finish = (outcome: StepOutcome<WebsocketDetail, WebSocket>) => {
      if (done) return;
      done = true;
      deadline.dispose();
      signal.removeEventListener('abort', onAbort);
      ws.removeAllListeners();
      ws.on('error', () => undefined);
      // Handed on open: the idle step holds it and ends it.
      if (outcome.value) return resolve(outcome);
      ws.terminate();
      tls.destroy();
      resolve(outcome);
    };
    const session = o.isIntercepted ? ('intercepted' as const) : ('genuine' as const);
    const pathVerified = o.isPathVerified;
    ws.once('open', () =>
      finish({
        verdict: 'ok',
        vars,
        detail: { path, protocol: ws.protocol || undefined, session, pathVerified },
        ...(o.keepOpen ? { value: ws } : {}),
      }),
    );
    ws.once('unexpected-response', (_req, res) => {
      const status = res.statusCode ?? 0;
      const signature = deviceSignature(res);
      const detail: WebsocketDetail = {
        path,
        response: {
          status,
          statusMessage: res.statusMessage,
          server: headerText(res.headers.server),
          via: headerText(res.headers.via),
        },
        session,
        ...(signature.length ? { signature } : {}),
        pathVerified,
      };
      if (!o.isIntercepted) {
        finish({ verdict: 'ok', variant: 'websocketAnswered', vars: { ...vars, status }, detail });
        return;
      }
      const named = proxyName(signature);
      const device =
        o.device ??
        (named ? inEachLang((t) => t('verdicts:interception.proxyDevice', { name: named })) : '');
      finish({
        verdict: 'ws_rejected',
        ...(device ? { variant: 'byDevice', fixVariant: 'fixByDevice' } : {}),
        vars: { ...vars, status, device, vendor: o.vendor },
        detail: { ...detail, ...(device ? { device: textIn(device, o.lang) } : {}) },
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
