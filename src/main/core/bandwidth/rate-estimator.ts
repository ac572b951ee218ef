/**
 * Turns the bytes of a download, as they arrive, into a rate and a moment to stop.
 *
 * The first part of a download is not the line's rate: a shaper's token bucket lets a burst through and
 * TCP's slow start has not yet filled the pipe. So the estimate starts after a warm-up, and the download
 * stops as soon as the rate over the whole window agrees with the rate over its second half (it stopped
 * moving), instead of after a fixed ten seconds.
 */
export interface RateEstimatorOptions {
  /** Data in the first part after the first byte is not counted. */
  warmupMs: number;
  /** The shortest window a rate is reported from. */
  minWindowMs: number;
  /** Stop here even if the rate still moves. */
  maxWindowMs: number;
  /** The relative difference between the whole window and its second half that counts as stable. */
  stableWithin: number;
}

export const defaultRateEstimatorOptions: RateEstimatorOptions = {
  warmupMs: 100,
  minWindowMs: 700,
  maxWindowMs: 2400,
  stableWithin: 0.05,
};

interface Point {
  ms: number;
  bytes: number;
}

export type StopReason = 'stable' | 'limit';

export class RateEstimator {
  private readonly points: Point[] = [];
  private firstByteMs: number | undefined;
  private totalBytes = 0;

  constructor(private readonly o: RateEstimatorOptions = defaultRateEstimatorOptions) {}

  /** Records `bytes` that arrived at `nowMs` (any monotonic clock in milliseconds). */
  add(nowMs: number, bytes: number): void {
    if (this.firstByteMs === undefined) this.firstByteMs = nowMs;
    this.totalBytes += bytes;
    const last = this.points.at(-1);
    // Chunks a few milliseconds apart add nothing but memory.
    if (last && nowMs - last.ms < 10) last.bytes = this.totalBytes;
    else this.points.push({ ms: nowMs, bytes: this.totalBytes });
  }

  get bytes(): number {
    return this.totalBytes;
  }

  /** Milliseconds since the first byte. */
  elapsedMs(nowMs: number): number {
    return this.firstByteMs === undefined ? 0 : nowMs - this.firstByteMs;
  }

  /** The rate in kbit/s over the window after the warm-up, or undefined while there is no window yet. */
  rateKbps(): number | undefined {
    const window = this.window();
    return window ? rateOf(window.start, window.end) : undefined;
  }

  /** Why to stop now, or undefined to keep downloading. */
  stopReason(nowMs: number): StopReason | undefined {
    const window = this.window();
    if (!window)
      return this.elapsedMs(nowMs) >= this.o.warmupMs + this.o.maxWindowMs ? 'limit' : undefined;
    const spanMs = window.end.ms - window.start.ms;
    if (spanMs >= this.o.maxWindowMs) return 'limit';
    if (spanMs < this.o.minWindowMs) return undefined;
    const mid = this.pointAtOrAfter(window.start.ms + spanMs / 2);
    if (!mid || mid.ms >= window.end.ms) return undefined;
    const whole = rateOf(window.start, window.end);
    const recent = rateOf(mid, window.end);
    return whole > 0 && Math.abs(recent - whole) / whole <= this.o.stableWithin
      ? 'stable'
      : undefined;
  }

  /** The last point's time, for a rate over everything when the file ends before a window formed. */
  overallKbps(startMs: number): number {
    const last = this.points.at(-1);
    if (!last || last.ms <= startMs) return 0;
    return (this.totalBytes * 8) / (last.ms - startMs);
  }

  private window(): { start: Point; end: Point } | undefined {
    if (this.firstByteMs === undefined) return undefined;
    const start = this.pointAtOrAfter(this.firstByteMs + this.o.warmupMs);
    const end = this.points.at(-1);
    if (!start || !end || end.ms <= start.ms) return undefined;
    return { start, end };
  }

  private pointAtOrAfter(ms: number): Point | undefined {
    return this.points.find((p) => p.ms >= ms);
  }
}

// bytes per millisecond × 8 = kbit per second.
function rateOf(a: Point, b: Point): number {
  return ((b.bytes - a.bytes) * 8) / (b.ms - a.ms);
}
