/**
 * Turns the bytes of a download, as the socket hands them over, into the rate the link carries.
 *
 * What the lab's traces show (test/lab, behind `tc tbf`): the link delivers one packet per "slot"
 * (1514 bytes on the wire ÷ the rate), steadily, but TCP's loss recovery makes the reads irregular.
 * A lost segment holds back everything after it in the kernel, so for a while the reads lag the link
 * (one segment every other slot, or none), then a retransmission releases what was held (two or
 * three segments per slot, or one large read). Counting bytes from a read in the middle of that to a
 * read after it gave rates 10–30 % off either way, and two different answers for the same link.
 *
 * What stays true throughout: between two reads of a steady stretch (no hold begins or ends in it) the
 * bytes grow in a straight line whose slope is the link's payload rate, held bytes or not. So the
 * estimator cuts the reads into *runs*, stretches of at least three reads on one straight line, and
 * groups runs of the same slope. The group that covers the most time is the link's rate; runs at twice,
 * three times, half or a third of it are the recovery seen through the slot lattice, not another rate.
 * A different slope holding much of the time (another flow on the link, a rate that changed) is a
 * second reading: then it is not stable, and the measurement goes on.
 */
export interface RateEstimatorOptions {
  /** Reads in the first part after the first byte are not used: a shaper's bucket lets a burst through. */
  warmupMs: number;
  /** A run needs this many reads on one line… */
  minRunPoints: number;
  /** …and this long between its first and last read. */
  minRunMs: number;
  /** How far (in time at the run's rate) a read may be off the line and still be on it: scheduling. */
  jitterMs: number;
  /** The same in bytes, for slow lines where a millisecond is a few bytes. */
  jitterBytes: number;
  /** Runs whose slopes differ by at most this share are one reading. */
  sameRate: number;
  /** Stable: the leading reading covers at least this long… */
  minSpanMs: number;
  /** …and this share of the time of every reading that is not a recovery multiple of it. */
  dominance: number;
  /** A rate this far (relative) from every threshold is decided once it covers this long. */
  farFrom: number;
  farSpanMs: number;
  /** Stop here even if no reading is stable (after the first byte). */
  maxMs: number;
}

export const defaultRateEstimatorOptions: RateEstimatorOptions = {
  warmupMs: 0,
  minRunPoints: 3,
  minRunMs: 20,
  jitterMs: 4,
  jitterBytes: 150,
  sameRate: 0.03,
  minSpanMs: 400,
  dominance: 0.7,
  farFrom: 0.3,
  farSpanMs: 250,
  maxMs: 2500,
};

interface Point {
  ms: number;
  /** Bytes since the first read, this read's included. */
  bytes: number;
}

interface Run {
  ms: number;
  bytes: number;
  /** Reads after its first: the intervals it spans. */
  reads: number;
}

/** One reading: runs of the same slope, with the bytes and the time they cover. */
export interface RateReading {
  /** Payload rate in kbit/s. */
  kbps: number;
  bytes: number;
  ms: number;
  runs: number;
  /** Reads in its runs (after each run's first). */
  reads: number;
}

export type StopReason = 'stable' | 'decided' | 'limit';

// Recovery seen through the slot lattice: k segments per slot, or one per k slots.
const RECOVERY_MULTIPLES = [2, 3, 4];
const MULTIPLE_TOLERANCE = 0.06;
const CREDIBLE_ABOVE_AVERAGE = 1.5;
// A release delivers k segments per read where the reading it comes from delivers one.
const RELEASE_READ_SIZE = 1.6;

export class RateEstimator {
  private readonly points: Point[] = [];
  private readonly runs: Run[] = [];
  private firstMs: number | undefined;
  private total = 0;
  /** Index of the open run's first and last point (points before the warm-up are not in runs). */
  private runStart = -1;
  private runEnd = -1;
  private readonly o: RateEstimatorOptions;

  constructor(
    options: Partial<RateEstimatorOptions> = {},
    /** Payload rates (kbit/s) at which the verdict changes: a rate far from all of them stops early. */
    private readonly thresholdsKbps: readonly number[] = [],
  ) {
    this.o = { ...defaultRateEstimatorOptions, ...options };
  }

  /** Records `bytes` that a read delivered at `nowMs` (a monotonic clock in milliseconds). */
  add(nowMs: number, bytes: number): void {
    if (this.firstMs === undefined) this.firstMs = nowMs;
    this.total += bytes;
    const last = this.points.at(-1);
    if (last && nowMs <= last.ms) {
      // Two reads in the same instant are one: the line through them has no slope.
      last.bytes = this.total;
      if (this.runEnd === this.points.length - 1 && this.runStart < this.runEnd) {
        if (!this.fits(this.runStart, this.runEnd)) this.restartRunAt(this.runEnd - 1);
      }
      return;
    }
    this.points.push({ ms: nowMs, bytes: this.total });
    if (nowMs - this.firstMs < this.o.warmupMs) return;
    const i = this.points.length - 1;
    if (this.runStart < 0) {
      this.runStart = i;
      this.runEnd = i;
      return;
    }
    if (this.fits(this.runStart, i)) this.runEnd = i;
    else {
      this.restartRunAt(this.runEnd);
      this.runEnd = i;
    }
  }

  /** Every byte counted, and the time since the first. */
  get bytes(): number {
    return this.total;
  }

  elapsedMs(nowMs: number): number {
    return this.firstMs === undefined ? 0 : nowMs - this.firstMs;
  }

  /** Everything since the first byte: a lower bound, for a file that ended before a run formed. */
  overallKbps(): number {
    const first = this.points[0];
    const last = this.points.at(-1);
    if (!first || !last || last.ms <= first.ms) return 0;
    return ((last.bytes - first.bytes) * 8) / (last.ms - first.ms);
  }

  /** Everything after the warm-up, from its first read to the last. */
  private averageKbps(): number {
    const from = this.points.find((p) => p.ms - (this.firstMs ?? 0) >= this.o.warmupMs);
    const last = this.points.at(-1);
    if (!from || !last || last.ms <= from.ms) return this.overallKbps();
    return ((last.bytes - from.bytes) * 8) / (last.ms - from.ms);
  }

  /** The leading reading (the payload rate the link carries), or undefined while no run exists. */
  reading(): RateReading | undefined {
    return this.judge()?.lead;
  }

  /** Why to stop now, or undefined to keep downloading. */
  stopReason(nowMs: number): StopReason | undefined {
    const judged = this.judge();
    if (judged?.isStable) return 'stable';
    if (judged?.isDecided) return 'decided';
    return this.elapsedMs(nowMs) >= this.o.maxMs ? 'limit' : undefined;
  }

  private judge(): { lead: RateReading; isStable: boolean; isDecided: boolean } | undefined {
    const runs = [...this.runs, ...this.openRun()];
    if (runs.length === 0) return undefined;
    const readings = groupBySlope(runs, this.o.sameRate);
    const { primaries, support } = attributeRecovery(readings);
    const lead = primaries.reduce((a, b) => (support(b) > support(a) ? b : a));
    const contested = primaries.reduce((sum, r) => sum + (r === lead ? support(r) : r.ms), 0);
    // The link cannot carry much more than what arrived on average: a lead far above it is a link TCP
    // has not filled yet (or a release not recognised as one). It waits for the average to catch up.
    const isCredible = lead.kbps <= CREDIBLE_ABOVE_AVERAGE * this.averageKbps();
    const isStable =
      isCredible &&
      support(lead) >= this.o.minSpanMs &&
      support(lead) >= this.o.dominance * contested;
    // Far from every threshold, any reading that holds a fifth of the time gives the same verdict.
    const allMs = readings.reduce((sum, r) => sum + r.ms, 0);
    const isFar = (kbps: number) =>
      this.thresholdsKbps.every((t) => Math.abs(kbps / t - 1) > this.o.farFrom);
    const side = (kbps: number) => this.thresholdsKbps.filter((t) => kbps >= t).length;
    const isDecided =
      isCredible &&
      this.thresholdsKbps.length > 0 &&
      support(lead) >= this.o.farSpanMs &&
      isFar(lead.kbps) &&
      readings.filter((r) => r.ms >= allMs / 5).every((r) => side(r.kbps) === side(lead.kbps));
    return { lead, isStable, isDecided };
  }

  private openRun(): Run[] {
    return this.runStart >= 0 ? this.qualified(this.runStart, this.runEnd) : [];
  }

  private qualified(from: number, to: number): Run[] {
    const a = this.points[from];
    const b = this.points[to];
    if (!a || !b || to - from + 1 < this.o.minRunPoints || b.ms - a.ms < this.o.minRunMs) return [];
    return [{ ms: b.ms - a.ms, bytes: b.bytes - a.bytes, reads: to - from }];
  }

  /** Closes the open run (kept if it qualifies) and opens one at `index`. */
  private restartRunAt(index: number): void {
    this.runs.push(...this.qualified(this.runStart, Math.max(this.runStart, index)));
    this.runStart = index;
    this.runEnd = index;
  }

  /** Whether every read between `from` and `to` lies on the line through those two. */
  private fits(from: number, to: number): boolean {
    const a = this.points[from];
    const b = this.points[to];
    if (!a || !b || b.ms <= a.ms) return false;
    const slope = (b.bytes - a.bytes) / (b.ms - a.ms);
    const tolerance = slope * this.o.jitterMs + this.o.jitterBytes;
    for (let k = from + 1; k < to; k++) {
      const p = this.points[k];
      if (p && Math.abs(p.bytes - (a.bytes + slope * (p.ms - a.ms))) > tolerance) return false;
    }
    return true;
  }
}

/** Runs sorted by slope, joined while each is within `tolerance` of its group's rate so far. */
function groupBySlope(runs: readonly Run[], tolerance: number): RateReading[] {
  const sorted = [...runs].sort((x, y) => x.bytes / x.ms - y.bytes / y.ms);
  const groups: RateReading[] = [];
  for (const run of sorted) {
    const kbps = (run.bytes * 8) / run.ms;
    const last = groups.at(-1);
    if (last && Math.abs(kbps / last.kbps - 1) <= tolerance) {
      last.bytes += run.bytes;
      last.ms += run.ms;
      last.runs += 1;
      last.reads += run.reads;
      last.kbps = (last.bytes * 8) / last.ms;
    } else groups.push({ kbps, bytes: run.bytes, ms: run.ms, runs: 1, reads: run.reads });
  }
  return groups;
}

/**
 * Which readings are TCP's recovery seen through the slot lattice, and whose. At k times another
 * reading with reads k times as large, a reading is a release (k held segments per slot); at 1/k of
 * another whose reads are not larger than its own, it is a hold (one segment every k slots). Each
 * counts for the reading it comes from; the rest are primaries.
 */
function attributeRecovery(readings: readonly RateReading[]): {
  primaries: RateReading[];
  support: (r: RateReading) => number;
} {
  const size = (r: RateReading) => r.bytes / Math.max(1, r.reads);
  const isReleaseOf = (hi: RateReading, lo: RateReading) =>
    size(hi) >= RELEASE_READ_SIZE * size(lo);
  const origin = new Map<RateReading, RateReading>();
  for (const r of readings) {
    const sources = readings.filter((t) => {
      if (t === r) return false;
      const q = r.kbps / t.kbps;
      const isMultiple = RECOVERY_MULTIPLES.some((k) => Math.abs(q / k - 1) <= MULTIPLE_TOLERANCE);
      const isFraction = RECOVERY_MULTIPLES.some((k) => Math.abs(q * k - 1) <= MULTIPLE_TOLERANCE);
      return (isMultiple && isReleaseOf(r, t)) || (isFraction && !isReleaseOf(t, r));
    });
    const source = sources.reduce<RateReading | undefined>(
      (a, b) => (a === undefined || b.ms > a.ms ? b : a),
      undefined,
    );
    if (source) origin.set(r, source);
  }
  // A reading that is a source itself stays primary, whatever it looked like against a third.
  const sources = new Set(origin.values());
  for (const r of sources) origin.delete(r);
  const primaries = readings.filter((r) => !origin.has(r));
  const absorbed = new Map<RateReading, number>();
  for (const [r, source] of origin) absorbed.set(source, (absorbed.get(source) ?? 0) + r.ms);
  return {
    primaries: primaries.length > 0 ? primaries : [...readings],
    support: (r) => r.ms + (absorbed.get(r) ?? 0),
  };
}
