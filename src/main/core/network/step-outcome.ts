import type { RawError } from '../../../shared/details';
import type { NetworkVerdict } from '../../../shared/verdicts';

/** Values a verdict's message interpolates (host, port, status, issuer, proxy…). */
export type MessageVars = Record<string, string | number>;

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

/** A step signal: the run's signal (cancel) and this step's own deadline. */
export function stepSignal(run: AbortSignal | undefined, timeoutMs: number): AbortSignal {
  const deadline = AbortSignal.timeout(timeoutMs);
  return run ? AbortSignal.any([run, deadline]) : deadline;
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
