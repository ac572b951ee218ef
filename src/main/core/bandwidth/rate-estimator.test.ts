import { describe, expect, it } from 'vitest';
import { judgeRate } from './bandwidth-verdict';
import { RateEstimator } from './rate-estimator';

/** Feeds a steady stream: `bytesPerMs` in packets of `packet` bytes, starting at t=0. */
function feed(
  e: RateEstimator,
  bytesPerMs: number,
  untilMs: number,
  packet = 1448,
  fromMs = 0,
): number | undefined {
  for (let t = fromMs; t <= untilMs; t += packet / bytesPerMs) {
    e.add(t, packet);
    const reason = e.stopReason(t);
    if (reason) return t;
  }
  return undefined;
}

describe('RateEstimator', () => {
  it('ignores the warm-up burst and reports the steady rate', () => {
    const e = new RateEstimator({
      warmupMs: 300,
      minWindowMs: 800,
      maxWindowMs: 2400,
      stableWithin: 0.05,
    });
    e.add(0, 64 * 1024); // a token bucket's burst at the start
    const stoppedAt = feed(e, 32, 5000, 1448, 1); // 256 kbit/s afterwards
    expect(stoppedAt).toBeDefined();
    expect(stoppedAt).toBeLessThan(1300);
    expect(e.rateKbps()).toBeGreaterThan(240);
    expect(e.rateKbps()).toBeLessThan(270);
  });

  it('keeps going while the rate still moves, and stops at the limit at the latest', () => {
    const e = new RateEstimator({
      warmupMs: 0,
      minWindowMs: 400,
      maxWindowMs: 1500,
      stableWithin: 0.02,
    });
    // The rate doubles every 300 ms: never stable.
    let t = 0;
    let reason;
    for (let rate = 2; t < 5000 && !reason; rate *= 2) {
      const end = t + 300;
      for (; t < end && !reason; t += 10) {
        e.add(t, rate * 10);
        reason = e.stopReason(t);
      }
    }
    expect(reason).toBe('limit');
    expect(t).toBeGreaterThanOrEqual(1500);
    expect(t).toBeLessThan(1600);
  });

  it('has no rate before a window exists', () => {
    const e = new RateEstimator();
    expect(e.rateKbps()).toBeUndefined();
    e.add(0, 1000);
    expect(e.rateKbps()).toBeUndefined();
    expect(e.stopReason(100)).toBeUndefined();
  });
});

describe('judgeRate', () => {
  const limits = { min: 128, recommended: 256 };
  // Payload rates: a link of exactly 128 kbit/s carries about 122 kbit/s of payload.
  it.each([
    [121, 'below_minimum', 'fail'],
    [122, 'below_recommended', 'warn'],
    [243, 'below_recommended', 'warn'],
    [244, 'ok', 'pass'],
  ])('%d kbit/s of payload is %s (%s)', (rate, verdict, status) => {
    expect(judgeRate(rate, limits)).toEqual({ verdict, status });
  });
});
