import { connect, isIPv6, type Socket } from 'node:net';
import type { RawError, TcpDetail } from '../../../shared/details';
import { errorCode, rawError, stepDeadline, type StepOutcome } from './step-outcome';

export interface TcpConnectOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

// RFC 8305 §5: start the next address if the current one has not connected within 250 ms.
const ATTEMPT_DELAY_MS = 250;

/** Alternates families, starting with the first address's, as RFC 8305 §4 orders them. */
export function interleave(addresses: string[]): string[] {
  const first = addresses[0];
  if (first === undefined) return [];
  const firstV6 = isIPv6(first);
  const a = addresses.filter((x) => isIPv6(x) === firstV6);
  const b = addresses.filter((x) => isIPv6(x) !== firstV6);
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== undefined) out.push(a[i] as string);
    if (b[i] !== undefined) out.push(b[i] as string);
  }
  return out;
}

type TcpVerdict = 'tcp_refused' | 'tcp_reset' | 'tcp_unreachable' | 'local_blocked' | 'tcp_timeout';

/** The cause behind a connect error code (Windows reports WSAEACCES as EACCES too). */
export function tcpVerdictOfCode(code: string | undefined): TcpVerdict {
  switch (code) {
    case 'ECONNREFUSED':
      return 'tcp_refused';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'tcp_reset';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
      return 'tcp_unreachable';
    case 'EACCES':
    case 'EPERM':
      return 'local_blocked';
    default:
      return 'tcp_timeout';
  }
}

// When families disagree, the most telling cause wins: an unreachable IPv6 beside a dropped IPv4 is
// only a PC without IPv6, so "unreachable" counts only when every address says so.
const PRIORITY: TcpVerdict[] = [
  'local_blocked',
  'tcp_refused',
  'tcp_reset',
  'tcp_timeout',
  'tcp_unreachable',
];

/**
 * Connects to `port` on the first address that answers (happy eyeballs across both families), within
 * one timeout for the whole step. The socket is returned open, for the TLS or HTTP step to reuse.
 */
export function connectTcp(
  addresses: string[],
  port: number,
  host: string,
  o: TcpConnectOptions,
): Promise<StepOutcome<TcpDetail, Socket>> {
  const ordered = interleave(addresses);
  const deadline = stepDeadline(o.signal, o.timeoutMs);
  const signal = deadline.signal;
  const started = Date.now();
  return new Promise((resolve) => {
    const attempts: {
      address: string;
      socket: Socket;
      error?: RawError;
      verdict?: TcpVerdict;
    }[] = [];
    let next = 0;
    let done = false;
    let timer: NodeJS.Timeout | undefined;

    const finish = (outcome: StepOutcome<TcpDetail, Socket>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      deadline.dispose();
      signal.removeEventListener('abort', onAbort);
      for (const a of attempts) if (a.socket !== outcome.value) a.socket.destroy();
      resolve(outcome);
    };
    const detail = (): TcpDetail => ({
      attempts: attempts.map((a) => ({
        address: a.address,
        ...(a.error ? { error: a.error } : { pending: true }),
      })),
      elapsedMs: Date.now() - started,
    });
    const failIfAllDone = () => {
      if (next < ordered.length || attempts.some((a) => !a.verdict)) return;
      const verdicts = attempts.map((a) => a.verdict as TcpVerdict);
      const verdict = PRIORITY.find((v) => verdicts.includes(v)) ?? 'tcp_timeout';
      const first = attempts.find((a) => a.verdict === verdict)?.error ?? {};
      // The OS can give up before the step's limit (a limit above its SYN retries): the message then
      // says how long it did wait.
      finish({
        verdict,
        vars: { host, port, code: String(first.code ?? ''), timeoutMs: Date.now() - started },
        detail: { ...detail(), error: first },
      });
    };
    const start = () => {
      const address = ordered[next++];
      if (address === undefined) return;
      const socket = connect({ host: address, port });
      const attempt: (typeof attempts)[number] = { address, socket };
      attempts.push(attempt);
      // Errors after the connect belong to the next step; this listener keeps them from crashing the run.
      socket.on('error', () => undefined);
      socket.once('connect', () => {
        finish({
          verdict: 'ok',
          vars: { host, port, address },
          detail: { ...detail(), address, localPort: socket.localPort },
          value: socket,
        });
      });
      socket.once('error', (e) => {
        if (done) return;
        attempt.error = rawError(e);
        attempt.verdict = tcpVerdictOfCode(errorCode(e));
        clearTimeout(timer);
        if (next < ordered.length) start();
        else failIfAllDone();
      });
      clearTimeout(timer);
      if (next < ordered.length) timer = setTimeout(start, ATTEMPT_DELAY_MS);
    };
    const onAbort = () => {
      if (o.signal?.aborted) return finish({ verdict: 'cancelled', detail: detail() });
      for (const a of attempts)
        if (!a.verdict)
          a.error = { code: 'ETIMEDOUT', message: `no answer within ${o.timeoutMs} ms` };
      finish({
        verdict: 'tcp_timeout',
        vars: { host, port, timeoutMs: o.timeoutMs },
        detail: detail(),
      });
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    if (ordered.length === 0)
      return finish({
        verdict: 'tcp_unreachable',
        vars: { host, port, code: 'no address' },
        detail: {},
      });
    start();
  });
}
