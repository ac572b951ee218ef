import type { Socket } from 'node:net';
import type WebSocket from 'ws';
import { checkIds } from '../../../shared/check-ids';
import type { IdleDetail } from '../../../shared/details/idle-detail';
import type { Target } from '../../../shared/check-result';
import { holdIdle, type IdleOutcome } from '../idle/hold-idle';
import { holdWebSocket } from '../idle/hold-websocket';
import type { IdleProgress } from '../idle/idle-progress';
import type { StepOutcome } from '../network/step-outcome';
import type { TlsSession } from '../network/tls-probe';
import type { CheckBase, CheckRecorder } from './check-recorder';

/** What the idle step of one port needs from its chain. */
export interface IdleStepContext {
  recorder: CheckRecorder;
  seconds: number;
  timeoutMs: number;
  signal?: AbortSignal;
  progress?: IdleProgress;
  target: Target & { host: string; port: number };
  required: boolean;
}

/** What the chain hands the idle step: an open WebSocket, or a TLS session to hold (and why). */
export type IdleHold =
  | { kind: 'websocket'; ws: WebSocket; socket: Socket }
  | { kind: 'tls'; session: TlsSession; websocketStatus?: number };

function idleBase(c: IdleStepContext): CheckBase<'idle'> {
  return {
    id: checkIds.idle(c.target.host, c.target.port),
    kind: 'idle',
    target: c.target,
    required: c.required,
  };
}

function toStep(out: IdleOutcome, c: IdleStepContext): StepOutcome<IdleDetail> {
  const cutBy = out.detail.cutBy;
  // A WebSocket the far end closed names its close code; a closed TLS session has none.
  const variant =
    out.verdict === 'ok'
      ? out.detail.held === 'websocket'
        ? 'idleWebSocket'
        : out.detail.websocketStatus !== undefined
          ? 'idleTlsInstead'
          : undefined
      : cutBy === 'closed' && out.detail.closeCode !== undefined
        ? 'closedWebSocket'
        : cutBy === 'closed' || cutBy === 'silence'
          ? cutBy
          : undefined;
  return {
    verdict: out.verdict,
    detail: out.detail,
    vars: {
      host: c.target.host,
      port: c.target.port,
      seconds: out.detail.diedAtSeconds ?? c.seconds,
      ...(out.detail.closeCode !== undefined ? { closeCode: out.detail.closeCode } : {}),
      ...(out.detail.websocketStatus !== undefined ? { status: out.detail.websocketStatus } : {}),
    },
    ...(variant ? { variant } : {}),
  };
}

/**
 * The idle step (issue 17): the connection the chain already opened (the agent's own way: direct or
 * through the proxy) held silent for `seconds`, then asked for data. Its seconds go to the run's
 * progress while it is silent.
 */
export async function runIdleStep(hold: IdleHold, c: IdleStepContext): Promise<void> {
  const base = idleBase(c);
  const ran = await c.recorder.step(base, async () => {
    const done = c.progress?.start(base.id, c.seconds);
    const o = {
      seconds: c.seconds,
      timeoutMs: c.timeoutMs,
      ...(c.signal ? { signal: c.signal } : {}),
    };
    try {
      const out =
        hold.kind === 'websocket'
          ? await holdWebSocket(hold.ws, hold.socket, o)
          : await holdIdle(hold.session.socket, {
              ...o,
              host: c.target.host,
              ...(hold.websocketStatus !== undefined
                ? { websocketStatus: hold.websocketStatus }
                : {}),
            });
      return toStep(out, c);
    } finally {
      done?.();
    }
  });
  // A run cancelled before the step records it as cancelled without running it: the hold ends here.
  if (!ran) {
    if (hold.kind === 'websocket') hold.ws.terminate();
    else hold.session.socket.destroy();
  }
}

/** A fresh session could not be opened for the hold: the idle step is skipped with the step that failed. */
export function skipIdleStep(c: IdleStepContext, because: 'tcp' | 'tls'): void {
  c.recorder.skip(idleBase(c), because, c.target);
}
