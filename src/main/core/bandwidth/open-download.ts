import { connect as netConnect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { connect as tlsConnect, type SecureContext } from 'node:tls';
import type { ProxyResolver } from '../proxy/proxy-decision';
import { connectTunnel } from '../proxy/proxy-tunnel';
import { proxyAuthorization, proxyHostPort, redactUrl } from '../proxy/proxy-url';
import type { BandwidthDetail } from '../../../shared/details';
import { rawError } from '../network/step-outcome';
import { CountingStream } from './counting-stream';
import { sendGet, sendGetUnread } from './http-get';

/**
 * Why a download did not start; each maps to a sentence in `verdicts:bandwidth.reason`. Its detail
 * becomes the `bandwidth` check's (src/shared/details).
 */
export type DownloadFailure =
  | { reason: 'pac'; detail: BandwidthDetail }
  | { reason: 'proxy'; status: string; detail: BandwidthDetail }
  | { reason: 'connect'; code: string; detail: BandwidthDetail }
  | { reason: 'http'; status: number; detail: BandwidthDetail }
  | { reason: 'timeout'; detail: BandwidthDetail }
  | { reason: 'cancelled'; detail: BandwidthDetail };

/** The body flows on `stream` once resumed; `stream.destroy()` ends the download. */
export type DownloadStart =
  { ok: true; stream: Duplex; via: string | null } | { ok: false; failure: DownloadFailure };

export interface OpenDownloadOptions {
  url: URL;
  proxy: ProxyResolver;
  /** What the TLS checks trust (public roots, the OS's store, --ca); Node's own list without it. */
  secureContext?: SecureContext;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Every byte that arrives on the wire (below TLS), as it arrives. */
  onWireBytes: (n: number) => void;
  /** The bytes counted so far were the status probe's: the file's own request starts now. */
  onRestart?: () => void;
}

/** Connects (directly, through a CONNECT tunnel, or to the proxy for a plain URL), sends the GET and waits for the head. */
export async function openDownload(o: OpenDownloadOptions): Promise<DownloadStart> {
  const { url } = o;
  const isTls = url.protocol === 'https:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port ? Number(url.port) : isTls ? 443 : 80;
  const decision = await o.proxy({ host, port, protocol: isTls ? 'tls' : 'http' });
  if (decision.kind === 'failed')
    return { ok: false, failure: { reason: 'pac', detail: decision.detail } };
  const via = decision.kind === 'proxy' ? redactUrl(decision.url) : null;
  const headers: Record<string, string> = {
    host: url.host,
    'user-agent': 'session-prep bandwidth check',
    'accept-encoding': 'identity',
  };

  let socket: Socket;
  if (decision.kind === 'proxy' && isTls) {
    const tunnel = await connectTunnel(decision.url, host, port, {
      timeoutMs: o.timeoutMs,
      signal: o.signal,
    });
    if (!tunnel.value) {
      if (tunnel.verdict === 'cancelled')
        return { ok: false, failure: { reason: 'cancelled', detail: tunnel.detail } };
      const status = String(tunnel.vars?.status ?? tunnel.vars?.code ?? tunnel.verdict);
      return {
        ok: false,
        failure: { reason: 'proxy', status, detail: { verdict: tunnel.verdict, ...tunnel.detail } },
      };
    }
    socket = tunnel.value;
  } else if (decision.kind === 'proxy') {
    socket = netConnect(proxyHostPort(decision.url));
    const auth = proxyAuthorization(decision.url);
    if (auth) headers['proxy-authorization'] = auth;
  } else {
    socket = netConnect({ host, port });
  }

  // The limit is on silence, not on the whole exchange: on a slow line the first TLS record alone takes seconds.
  let lastActivityMs = performance.now();
  return withLimit(
    o,
    via,
    socket,
    () => lastActivityMs,
    async () => {
      // Counting starts with the request: the handshake is not the file.
      let isCounting = false;
      const counted = new CountingStream(socket, (n) => {
        lastActivityMs = performance.now();
        if (isCounting) o.onWireBytes(n);
      });
      // A plain URL through a proxy is asked for whole (absolute form); everything else by its path.
      const target =
        decision.kind === 'proxy' && !isTls ? url.href : `${url.pathname}${url.search}`;
      let stream: Duplex = counted;
      if (isTls) {
        const secure = tlsConnect({
          socket: counted,
          servername: host,
          ...(o.secureContext ? { secureContext: o.secureContext } : {}),
        });
        await new Promise<void>((resolve, reject) => {
          secure.once('secureConnect', () => resolve());
          secure.once('error', reject);
        });
        stream = secure;
      }
      // The status first, for one byte of the file: on a slow line the head of a whole file comes only
      // with the first TLS record (16 KB: two seconds at 64 kbit/s), the byte's in a record of its own.
      // A server that ignores Range sends the whole file: then that answer is the measurement.
      isCounting = true;
      const { head, rest } = await sendGet(
        stream,
        target,
        { ...headers, range: 'bytes=0-0' },
        { keepAlive: true },
      );
      if (head.status < 200 || head.status > 299) {
        stream.destroy();
        return {
          ok: false,
          failure: {
            reason: 'http',
            status: head.status,
            detail: { status: head.status, via, location: head.headers.location },
          },
        };
      }
      const probeLength = Number(head.headers['content-length']);
      const isProbe =
        head.status === 206 &&
        probeLength >= 0 &&
        probeLength <= 1024 &&
        !/\bclose\b/i.test(head.headers.connection ?? '');
      if (!isProbe || (await readBody(stream, rest, probeLength)) === false) {
        if (rest.length) stream.unshift(rest);
        return { ok: true, stream, via };
      }
      // The file itself, on the same connection; its answer is only counted, never parsed.
      o.onRestart?.();
      sendGetUnread(stream, target, headers);
      return { ok: true, stream, via };
    },
  );
}

/** Reads the rest of a small body (`have` came with the head); false when the stream ends first. */
function readBody(stream: Duplex, have: Buffer, length: number): Promise<boolean> {
  if (have.length >= length) return Promise.resolve(true);
  return new Promise((resolve) => {
    let got = have.length;
    const done = (ok: boolean) => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.pause();
      resolve(ok);
    };
    const onData = (d: Buffer) => {
      got += d.length;
      if (got >= length) done(true);
    };
    const onEnd = () => done(false);
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.resume();
  });
}

/** Runs the connect-and-ask part until it answers, the line is silent for a step limit, or the run is cancelled. */
async function withLimit(
  o: OpenDownloadOptions,
  via: string | null,
  socket: Socket,
  lastActivityMs: () => number,
  work: () => Promise<DownloadStart>,
): Promise<DownloadStart> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: DownloadStart) => {
      if (done) return;
      done = true;
      clearInterval(timer);
      o.signal?.removeEventListener('abort', onAbort);
      if (!r.ok) socket.destroy();
      resolve(r);
    };
    const timer = setInterval(
      () => {
        if (performance.now() - lastActivityMs() > o.timeoutMs)
          finish({
            ok: false,
            failure: { reason: 'timeout', detail: { timeoutMs: o.timeoutMs, via } },
          });
      },
      Math.min(100, o.timeoutMs / 4),
    );
    const onAbort = () => finish({ ok: false, failure: { reason: 'cancelled', detail: {} } });
    if (o.signal?.aborted) return onAbort();
    o.signal?.addEventListener('abort', onAbort, { once: true });
    socket.on('error', () => undefined);
    work().then(finish, (e: unknown) => {
      const error = rawError(e);
      finish({
        ok: false,
        failure: {
          reason: 'connect',
          code: String(error.code ?? error.message ?? 'error'),
          detail: { error, via },
        },
      });
    });
  });
}
