import type { NetworkVerdict } from '../../../shared/verdicts';

/** Values a verdict's message interpolates (host, port, status, issuer, proxy…). */
export type MessageVars = Record<string, string | number>;

/**
 * What one probe step found. `value` is present when the chain may go on (an intercepted TLS session
 * still carries the WebSocket check); `variant` picks a more precise message for the same verdict.
 */
export interface StepOutcome<T = undefined> {
  verdict: NetworkVerdict | 'cancelled';
  vars?: MessageVars;
  variant?: string;
  detail: Record<string, unknown>;
  value?: T;
}

/** The raw error, kept whole enough that a support engineer can search for it. */
export function rawError(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { message: String(e) };
  const n = e as NodeJS.ErrnoException & { address?: string; port?: number; hostname?: string };
  const out: Record<string, unknown> = { message: n.message };
  for (const k of ['code', 'errno', 'syscall', 'address', 'port', 'hostname'] as const) {
    if (n[k] !== undefined) out[k] = n[k];
  }
  return out;
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
export function cancelledOutcome<T>(detail: Record<string, unknown> = {}): StepOutcome<T> {
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
