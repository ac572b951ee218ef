import type { CheckEvent } from '../../../shared/events';

type IdleProgressEvent = Extract<CheckEvent, { type: 'idle.progress' }>;

/**
 * The seconds a run's idle holds have been silent, as `idle.progress` events: at most one a second per
 * run, however many holds run at once. The one reported is the hold furthest from its end (the one the
 * run waits for), so the count a person watches only grows while holds start and end around it.
 */
export class IdleProgress {
  private readonly holds = new Map<string, { startedAt: number; of: number }>();
  private timer: NodeJS.Timeout | undefined;
  private last: { checkId: string; held: number } | undefined;

  constructor(
    private readonly runId: string,
    private readonly emit: (e: IdleProgressEvent) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A hold of `ofSeconds` starts now; the answer ends it. */
  start(checkId: string, ofSeconds: number): () => void {
    this.holds.set(checkId, { startedAt: this.now(), of: ofSeconds });
    this.timer ??= setInterval(() => this.tick(), 1000);
    return () => {
      this.holds.delete(checkId);
      if (this.holds.size === 0) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** One event for the hold with the most seconds left, unless it says what the last one said. */
  tick(): void {
    let slowest: IdleProgressEvent | undefined;
    let slowestLeft = -Infinity;
    for (const [checkId, h] of this.holds) {
      const held = Math.min(h.of, Math.floor((this.now() - h.startedAt) / 1000));
      const left = h.of - held;
      if (left > slowestLeft) {
        slowestLeft = left;
        slowest = {
          type: 'idle.progress',
          runId: this.runId,
          checkId,
          heldSeconds: held,
          ofSeconds: h.of,
        };
      }
    }
    if (!slowest) return;
    if (this.last?.checkId === slowest.checkId && this.last.held === slowest.heldSeconds) return;
    this.last = { checkId: slowest.checkId, held: slowest.heldSeconds };
    this.emit(slowest);
  }

  /** Stops the timer (the run ended, cancelled or not). */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.holds.clear();
  }
}
