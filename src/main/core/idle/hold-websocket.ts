import type { Duplex } from 'node:stream';
import type WebSocket from 'ws';
import type { IdleDetail } from '../../../shared/details/idle-detail';
import { errorCode, rawError, stepDeadline } from '../network/step-outcome';
import type { HoldIdleOptions, IdleOutcome } from './hold-idle';

// RFC 6455 §5.5.2: a ping's payload is at most 125 bytes; any text proves the pong answers ours.
const PING = Buffer.from('session-prep idle');

/**
 * Holds an open WebSocket silent for `seconds`, then pings it: the pong, within the normal step limit,
 * proves the connection still carries data. `socket` is the TLS session under it: ws reports a reset
 * only as close code 1006, so the socket's own error says whether it was an RST or a FIN.
 */
export function holdWebSocket(
  ws: WebSocket,
  socket: Duplex,
  o: Omit<HoldIdleOptions, 'host' | 'websocketStatus'>,
): Promise<IdleOutcome> {
  const deadline = stepDeadline(o.signal, o.seconds * 1000 + o.timeoutMs);
  const started = performance.now();
  const at = () => Math.round((performance.now() - started) / 100) / 10;
  const base: IdleDetail = { heldSeconds: o.seconds, probe: 'ping', held: 'websocket' };
  return new Promise<IdleOutcome>((resolve) => {
    let done = false;
    let phase: 'silent' | 'asked' = 'silent';
    // The first sign of the end (the socket's FIN or error) is when it died; ws's close comes later.
    let diedAt: number | undefined;
    let socketError: unknown;
    const finish = (outcome: IdleOutcome) => {
      if (done) return;
      done = true;
      clearInterval(ticker);
      clearTimeout(ask);
      deadline.dispose();
      ws.removeAllListeners();
      ws.on('error', () => undefined);
      ws.terminate();
      socket.destroy();
      resolve(outcome);
    };
    const cut = (cutBy: 'reset' | 'closed' | 'silence', extra: Partial<IdleDetail> = {}) =>
      finish({
        verdict: 'idle_cut',
        detail: {
          ...base,
          // Silence has no moment of its own: it is the second the ping went out and no pong came back.
          diedAtSeconds: cutBy === 'silence' ? o.seconds : (diedAt ?? at()),
          cutBy,
          ...extra,
        },
      });
    socket.on('error', (e) => {
      diedAt ??= at();
      socketError ??= e;
    });
    socket.once('end', () => (diedAt ??= at()));
    ws.on('error', (e) => {
      diedAt ??= at();
      socketError ??= e;
    });
    ws.on('close', (code: number, reason: Buffer) => {
      const code_ = errorCode(socketError);
      const isReset = code_ === 'ECONNRESET' || code_ === 'EPIPE';
      const text = reason.toString('utf8').slice(0, 200);
      cut(isReset ? 'reset' : 'closed', {
        closeCode: code,
        ...(text ? { closeReason: text } : {}),
        ...(socketError !== undefined ? { error: rawError(socketError) } : {}),
      });
    });
    ws.on('pong', () => {
      if (phase === 'asked') finish({ verdict: 'ok', detail: base });
    });
    // A message from the server during the silence (its own keep-alive) only shows the connection lives.
    ws.on('message', () => undefined);
    let held = 0;
    const ticker = setInterval(() => o.onSecond?.(++held), 1000);
    const ask = setTimeout(() => {
      phase = 'asked';
      clearInterval(ticker);
      try {
        ws.ping(PING);
      } catch (e) {
        // Not open any more: the close is on its way; it was closed during the silence.
        cut(errorCode(socketError) === 'ECONNRESET' ? 'reset' : 'closed', { error: rawError(e) });
      }
    }, o.seconds * 1000);
    deadline.signal.addEventListener(
      'abort',
      () => {
        if (!deadline.hasTimedOut)
          return finish({ verdict: 'cancelled', detail: { ...base, diedAtSeconds: at() } });
        cut('silence');
      },
      { once: true },
    );
  });
}
