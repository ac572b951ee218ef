import { describe, expect, it } from 'vitest';
import {
  judgeRate,
  linkRateKbps,
  PAYLOAD_SHARE_OF_LINK,
  payloadThresholdsKbps,
} from './bandwidth-verdict';
import { RateEstimator, type StopReason } from './rate-estimator';

const MSS = 1448;
const FRAME = 1514;
const limits = { min: 128, recommended: 256 };

interface Read {
  ms: number;
  bytes: number;
}

/**
 * What the socket hands over behind a shaper of `rateKbit` (link rate, whole frames): one segment per
 * slot, in order, except that each lost segment arrives again `retransmitAfter` slots later and holds
 * every segment after it in the kernel until then (then one read releases them). This is the shape of
 * the lab's traces behind `tc tbf`.
 */
function shapedReads(
  rateKbit: number,
  untilMs: number,
  losses: { segment: number; retransmitAfter: number }[] = [],
): Read[] {
  const slotMs = (FRAME * 8) / rateKbit;
  const lost = new Map(losses.map((l) => [l.segment, l.retransmitAfter]));
  // Which segment each slot carries: new ones in order, a retransmission in the slot it is due.
  const carried: number[] = [];
  const due = new Map<number, number>();
  let next = 0;
  for (let slot = 0; slot * slotMs <= untilMs; slot++) {
    const resent = due.get(slot);
    if (resent !== undefined) carried.push(resent);
    else {
      const seg = next++;
      const after = lost.get(seg);
      if (after !== undefined) {
        due.set(slot + after, seg);
        carried.push(-1); // lost on the way: the slot carried it, the PC never saw it
        continue;
      }
      carried.push(seg);
    }
  }
  const arrived = new Set<number>();
  const reads: Read[] = [];
  let delivered = 0;
  carried.forEach((seg, slot) => {
    if (seg < 0) return;
    arrived.add(seg);
    let upTo = delivered;
    while (arrived.has(upTo)) upTo++;
    if (upTo > delivered) {
      reads.push({ ms: (slot + 1) * slotMs, bytes: (upTo - delivered) * MSS });
      delivered = upTo;
    }
  });
  return reads;
}

/** Feeds reads until the estimator says stop; answers when and why. */
function measure(
  reads: Read[],
  e = new RateEstimator({}, payloadThresholdsKbps(limits)),
): { e: RateEstimator; stop?: StopReason; atMs: number } {
  for (const r of reads) {
    e.add(r.ms, r.bytes);
    const stop = e.stopReason(r.ms);
    if (stop) return { e, stop, atMs: r.ms - (reads[0]?.ms ?? 0) };
  }
  return { e, atMs: Infinity };
}

const linkOf = (e: RateEstimator) => linkRateKbps(e.reading()?.kbps ?? NaN);

describe('RateEstimator on what a shaped link delivers', () => {
  it.each([64, 128, 230, 256, 300, 2000, 10_000])(
    'reads a steady %i kbit/s link exactly',
    (rate) => {
      const { e, stop } = measure(shapedReads(rate, 4000));
      expect(stop).toBeDefined();
      expect(Math.abs(linkOf(e) / rate - 1)).toBeLessThan(0.005);
    },
  );

  it('reads through loss recovery: held segments and the read that releases them do not move it', () => {
    // Losses every 20 segments, each held for 5 slots: the naive rate between two reads is off by
    // up to 5 segments' worth (a catch-up read carries more than the link could in its interval).
    const losses = Array.from({ length: 10 }, (_, i) => ({
      segment: 5 + i * 20,
      retransmitAfter: 5,
    }));
    const reads = shapedReads(230, 4000, losses);
    const catchUp = reads.find((r, i) => i > 0 && r.bytes >= 4 * MSS);
    expect(catchUp).toBeDefined();
    const { e, stop } = measure(reads);
    expect(stop).toBeDefined();
    expect(Math.abs(linkOf(e) / 230 - 1)).toBeLessThan(0.01);
    // The figure's own bytes and time: bytes × 8 ÷ ms is the payload rate, within the link's capacity.
    const r = e.reading();
    expect(r && (r.bytes * 8) / r.ms).toBeCloseTo(r?.kbps ?? 0, 6);
    expect(r && r.bytes).toBeLessThanOrEqual(
      ((r?.ms ?? 0) * 230 * PAYLOAD_SHARE_OF_LINK) / 8 + MSS,
    );
  });

  it('cannot call a bimodal reading stable: 200 and 300 kbit/s in turns (a second flow on and off)', () => {
    const reads: Read[] = [];
    let offset = 0;
    for (let turn = 0; turn < 10; turn++) {
      const part = shapedReads(turn % 2 === 0 ? 200 : 300, 300);
      reads.push(...part.map((r) => ({ ms: r.ms + offset, bytes: r.bytes })));
      offset = (reads.at(-1)?.ms ?? 0) + 1;
    }
    const e = new RateEstimator({ maxMs: 10_000 }, payloadThresholdsKbps(limits));
    const stops = reads.map((r) => (e.add(r.ms, r.bytes), e.stopReason(r.ms)));
    expect(stops.filter((s) => s !== undefined)).toEqual([]);
    // The leading reading is one of the two, but it never held enough of the time to be the answer.
    expect([200, 300].some((rate) => Math.abs(linkOf(e) / rate - 1) < 0.02)).toBe(true);
  });

  it('stays stable on a reading that held long before the rate changed', () => {
    const { e, stop } = measure(shapedReads(200, 1500));
    expect(stop).toBe('stable');
    expect(Math.abs(linkOf(e) / 200 - 1)).toBeLessThan(0.005);
  });

  it('decides far rates sooner than rates at a threshold', () => {
    const at = (rate: number) => measure(shapedReads(rate, 4000));
    const nearMinimum = at(128);
    expect(nearMinimum.stop).toBe('stable');
    expect(nearMinimum.atMs).toBeLessThan(3000);
    for (const far of [2000, 10_000]) {
      expect(at(far).stop).toBe('decided');
      expect(at(far).atMs).toBeLessThan(nearMinimum.atMs);
    }
    // A 64 kbit/s link brings a packet every 189 ms: three of them on a line decide it.
    expect(at(64).stop).toBe('decided');
    expect(at(64).atMs).toBeLessThanOrEqual(nearMinimum.atMs);
  });

  it('has no reading before three reads on a line, and stops at its limit at the latest', () => {
    const e = new RateEstimator({ maxMs: 1000 });
    expect(e.reading()).toBeUndefined();
    e.add(0, 1000);
    e.add(100, 1000);
    expect(e.reading()).toBeUndefined();
    expect(e.stopReason(500)).toBeUndefined();
    expect(e.stopReason(1000)).toBe('limit');
  });
});

describe('judgeRate: the figure shown is the figure judged', () => {
  // The link rate in whole kbit/s; a reading within 2 % below a threshold meets it (its accuracy).
  it.each([
    [120, 'below_minimum', 'fail'],
    [125, 'below_minimum', 'fail'],
    [126, 'below_recommended', 'warn'],
    [128, 'below_recommended', 'warn'],
    [250, 'below_recommended', 'warn'],
    [251, 'ok', 'pass'],
    [256, 'ok', 'pass'],
  ])('%d kbps is %s (%s)', (rate, verdict, status) => {
    expect(judgeRate(rate, limits)).toEqual({ verdict, status });
  });

  it('converts payload to link rate by the frame share (1448 of 1514 bytes)', () => {
    expect(linkRateKbps(122.4)).toBeCloseTo(128, 0);
  });
});
