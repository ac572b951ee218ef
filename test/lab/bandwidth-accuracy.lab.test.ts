import { expect, it } from 'vitest';
import type { CheckResult } from '../../src/shared/check-result';
import { detailOf } from '../../src/shared/check-result';
import { describeLab, type LabScenario } from './harness/scenario';
import { BANDWIDTH_RATES as RATES } from './harness/bandwidth-rates';

/**
 * Issue 13's rates: either side of both thresholds (115 and 128, 230 and 256), and far from them. Each
 * reading within ±10 % of what `tc tbf` lets through, the verdict the shaped rate deserves, and the
 * message showing the figure the verdict was taken on. One run per rate here (about 25 s in all);
 * `npm run bench` measures every rate three times and reports error and time.
 */

async function measureAt(
  s: LabScenario,
  rateKbit: number,
  only: 'bandwidth' | 'all',
): Promise<CheckResult> {
  await s.lab().unshape();
  await s.lab().shape(rateKbit);
  const out = await s.check([], { only });
  return out.check('bandwidth');
}

function expectTrue(bw: CheckResult, rateKbit: number, verdict: string): void {
  const d = detailOf(bw, 'bandwidth');
  const rate = Number(d?.rateKbps);
  const context = `${rateKbit} kbit/s: ${rate} kbps, ${bw.verdict}, ${String(d?.stoppedBecause)}`;
  expect(bw.verdict, context).toBe(verdict);
  expect(Math.abs(rate / rateKbit - 1), context).toBeLessThan(0.1);
  // One figure: the message shows the figure judged.
  expect(bw.message, context).toContain(`${rate} kbps`);
  // The bytes counted are bytes that arrived: what they claim, and no more than the link could carry.
  const bytes = Number(d?.bytes);
  const ms = Number(d?.measuredMs);
  expect(Math.abs((bytes * 8) / ms / Number(d?.payloadKbps) - 1), context).toBeLessThan(0.02);
  expect((bytes * 8) / ms, context).toBeLessThan(rateKbit * 1.05);
}

describeLab('bandwidth accuracy behind tc tbf, both sides of each threshold', {}, (s) => {
  it('reads every shaped rate within 10 %, with the right verdict; 128 kbit/s within 3 s, far rates sooner', async () => {
    const durations = new Map<number, number>();
    for (const [rateKbit, verdict] of RATES) {
      const bw = await measureAt(s, rateKbit, 'bandwidth');
      expectTrue(bw, rateKbit, verdict);
      durations.set(rateKbit, bw.durationMs);
    }
    const at128 = durations.get(128) ?? Infinity;
    expect(at128).toBeLessThan(3000);
    for (const far of [64, 2000, 10_000])
      expect(durations.get(far), `${far} kbit/s decided before 128`).toBeLessThan(at128);
  });

  it('reads true in a full run too (the network checks finish with the link first)', async () => {
    for (const [rateKbit, verdict] of [
      [230, 'below_recommended'],
      [2000, 'ok'],
    ] as const)
      expectTrue(await measureAt(s, rateKbit, 'all'), rateKbit, verdict);
  });
});
