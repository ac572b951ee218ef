import { setMaxListeners } from 'node:events';
import type { RawError } from '../../../shared/details';
import type { NetworkVerdict } from '../../../shared/verdicts';
import type { VerdictVars } from '../../../shared/word-verdict';

/** Values a verdict's message interpolates (host, port, status, issuer, proxy…); worded ones per language. */
export type MessageVars = VerdictVars;

/**
 * What one probe step found. `detail` is the shape its check kind's schema says (src/shared/details);
 * `value` is present when the chain may go on (an intercepted TLS session still carries the WebSocket
 * check); `variant` picks a more precise message for the same verdict.
 */
export interface StepOutcome<D extends object, T = undefined> {
  verdict: NetworkVerdict | 'cancelled';
  vars?: MessageVars;
  variant?: string;
  /** A more precise fix for the same verdict (`fixByProduct`), falling back to the verdict's `fix`. */
  fixVariant?: string;
  detail: D;
  value?: T;
}

/** The raw error, kept whole enough that a support engineer can search for it. */
export function rawError(e: unknown): RawError {
  if (!(e instanceof Error)) return { message: String(e) };
  const n = e as NodeJS.ErrnoException & { address?: unknown; port?: unknown; hostname?: unknown };
  const errno: unknown = n.errno;
  return {
    message: n.message,
    ...(n.code !== undefined ? { code: String(n.code) } : {}),
    ...(typeof errno === 'number' || typeof errno === 'string' ? { errno } : {}),
    ...(typeof n.syscall === 'string' ? { syscall: n.syscall } : {}),
    ...(typeof n.address === 'string' ? { address: n.address } : {}),
    ...(typeof n.port === 'number' ? { port: n.port } : {}),
    ...(typeof n.hostname === 'string' ? { hostname: n.hostname } : {}),
  };
}

export function errorCode(e: unknown): string | undefined {
  return e instanceof Error ? (e as NodeJS.ErrnoException).code : undefined;
}

/**
 * A step's own limit: aborted by a timer the step holds, or by the run's signal (cancel). `hasTimedOut`
 * tells the two apart; `dispose` stops the timer and leaves the run's signal when the step is done.
 *
 * Not `AbortSignal.any([run, AbortSignal.timeout(ms)])`: on Node 20 the composite holds its sources
 * weakly and `AbortSignal.timeout`'s timer holds its signal weakly, so the first full garbage collection
 * during the step collects the timeout signal and cancels its timer (nodejs/node#57736). The step then
 * waited for the kernel (a dropped SYN gives up after 2 min with ETIMEDOUT). A plain `setTimeout` is
 * held by the timer list until it fires or is cleared.
 */
export interface StepDeadline {
  signal: AbortSignal;
  /** True once the limit passed (false when the run was cancelled first). */
  readonly hasTimedOut: boolean;
  dispose(): void;
}

export function stepDeadline(run: AbortSignal | undefined, timeoutMs: number): StepDeadline {
  const controller = new AbortController();
  let hasTimedOut = false;
  const onRunAbort = () => {
    clearTimeout(timer);
    controller.abort(run?.reason);
  };
  const timer = setTimeout(() => {
    hasTimedOut = true;
    run?.removeEventListener('abort', onRunAbort);
    controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  if (run?.aborted) onRunAbort();
  else if (run) {
    // Every step of a run listens to the run's signal at once (hundreds for a large catalog): not a leak,
    // and each leaves it when it ends (dispose).
    setMaxListeners(0, run);
    run.addEventListener('abort', onRunAbort, { once: true });
  }
  return {
    signal: controller.signal,
    get hasTimedOut() {
      return hasTimedOut;
    },
    dispose() {
      clearTimeout(timer);
      run?.removeEventListener('abort', onRunAbort);
    },
  };
}

/** The outcome of a step that ended because the run was cancelled. */
export function cancelledOutcome<D extends object, T>(detail: D): StepOutcome<D, T> {
  return { verdict: 'cancelled', detail };
}

/** Rejects when the signal aborts; resolves the promise's value otherwise. */
export function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
