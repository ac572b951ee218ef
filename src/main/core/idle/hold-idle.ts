import type { Duplex } from 'node:stream';
import type { IdleDetail } from '../../../shared/details/idle-detail';
import { errorCode, rawError, stepDeadline } from '../network/step-outcome';

export interface HoldIdleOptions {
  host: string;
  seconds: number;
  /** The normal step limit: the answer to the data after the silence must come within it. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Called once a second with the seconds held so far (progress shows them). */
  onSecond?: (held: number) => void;
  /** Added: why the TLS session is held on a WebSocket port (the upgrade's answer was not 101). */
  websocketStatus?: number;
}

export interface IdleOutcome {
  verdict: 'ok' | 'idle_cut' | 'cancelled';
  detail: IdleDetail;
}

/**
 * Holds an established connection silent for `seconds`, then sends one HTTP request on it and waits for
 * any answer. The step owns its limit, `seconds` + the normal step timeout, so a middlebox that swallows
 * the request cannot hold the run. The socket is destroyed when the step ends.
 */
export function holdIdle(socket: Duplex, o: HoldIdleOptions): Promise<IdleOutcome> {
  const deadline = stepDeadline(o.signal, o.seconds * 1000 + o.timeoutMs);
  const started = performance.now();
  const at = () => Math.round((performance.now() - started) / 100) / 10;
  const base: IdleDetail = {
    heldSeconds: o.seconds,
    probe: 'http',
    held: 'tls',
    ...(o.websocketStatus !== undefined ? { websocketStatus: o.websocketStatus } : {}),
  };
  return new Promise<IdleOutcome>((resolve) => {
    let phase: 'silent' | 'asked' = 'silent';
    let done = false;
    const finish = (outcome: IdleOutcome) => {
      if (done) return;
      done = true;
      clearInterval(ticker);
      clearTimeout(ask);
      deadline.dispose();
      socket.removeAllListeners('data');
      socket.destroy();
      resolve(outcome);
    };
    const cut = (cutBy: 'reset' | 'closed' | 'silence', e?: unknown) =>
      finish({
        verdict: 'idle_cut',
        detail: {
          ...base,
          // Silence has no moment of its own: it is the second the data went out and nothing came back.
          diedAtSeconds: cutBy === 'silence' ? o.seconds : at(),
          cutBy,
          ...(e !== undefined ? { error: rawError(e) } : {}),
        },
      });
    socket.on('error', (e) => {
      // A reset is the far end's (or a device's) RST; any other error mid-silence is still a cut.
      cut(errorCode(e) === 'ECONNRESET' || errorCode(e) === 'EPIPE' ? 'reset' : 'closed', e);
    });
    socket.on('end', () => cut('closed'));
    socket.on('close', () => cut('closed'));
    socket.on('data', () => {
      if (phase === 'asked') finish({ verdict: 'ok', detail: base });
      // Data during the silence (a server's keep-alive) is fine: the connection is alive.
    });
    let held = 0;
    const ticker = setInterval(() => o.onSecond?.(++held), 1000);
    const ask = setTimeout(() => {
      phase = 'asked';
      clearInterval(ticker);
      socket.write(
        `HEAD / HTTP/1.1\r\nHost: ${o.host}\r\nUser-Agent: session-prep\r\nConnection: close\r\n\r\n`,
      );
    }, o.seconds * 1000);
    deadline.signal.addEventListener(
      'abort',
      () => {
        if (!deadline.hasTimedOut)
          return finish({ verdict: 'cancelled', detail: { ...base, diedAtSeconds: at() } });
        // Nothing came back to the request after the silence: the path dropped the connection quietly.
        cut('silence');
      },
      { once: true },
    );
  });
}
