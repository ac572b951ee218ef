// Issue 13's bandwidth table: every shaped rate (either side of both thresholds, and far from them),
// three bandwidth-only runs and one full run each, with the error against the shaped rate and the time
// to a verdict. Figures only: test/lab/bandwidth-accuracy.lab.test.ts asserts them once per rate.
import { createLab, type Lab } from '../test/lab/harness/lab';
import { labSkipReason } from '../test/lab/harness/lab-support';
import { runCheckOnPc } from '../test/lab/harness/run-cli';
import type { BenchRow, BenchSection } from './bench-types';
import { detailOf } from '../src/shared/check-result';
import { BANDWIDTH_RATES as RATES } from '../test/lab/harness/bandwidth-rates';

const TITLE = 'Bandwidth behind tc tbf: rate, error, time (issue 13)';
const REPEATS = 3;
const round = (x: number, digits = 0) => Number(x.toFixed(digits));

interface Reading {
  rate: number;
  errorPercent: number;
  ms: number;
  verdict: string;
  stop: string;
}

async function readAt(lab: Lab, rateKbit: number, full: boolean): Promise<Reading> {
  await lab.unshape();
  await lab.shape(rateKbit);
  const out = await runCheckOnPc(lab, [
    '--ca',
    lab.vendorCaPath,
    '--timeout-ms',
    '3000',
    ...(full ? [] : ['--only', 'bandwidth']),
  ]);
  const bw = out.check('bandwidth');
  const d = detailOf(bw, 'bandwidth');
  const rate = Number(d?.rateKbps);
  return {
    rate,
    errorPercent: (rate / rateKbit - 1) * 100,
    ms: bw.durationMs,
    verdict: bw.verdict,
    stop: String(d?.stoppedBecause),
  };
}

export async function run(): Promise<BenchSection> {
  const reason = labSkipReason();
  if (reason) return { title: TITLE, rows: [], notes: [`skipped: ${reason}`] };
  const lab = await createLab({});
  const rows: BenchRow[] = [];
  const table = ['rate kbit/s | readings kbps (error %) | time ms | verdict | full run'];
  let wrong = 0;
  try {
    for (const [rateKbit, verdict] of RATES) {
      const readings: Reading[] = [];
      for (let i = 0; i < REPEATS; i++) readings.push(await readAt(lab, rateKbit, false));
      const full = await readAt(lab, rateKbit, true);
      const all = [...readings, full];
      wrong += all.filter((r) => r.verdict !== verdict).length;
      const worst = all.reduce(
        (a, b) => (Math.abs(b.errorPercent) > Math.abs(a) ? b.errorPercent : a),
        0,
      );
      const slowest = Math.max(...readings.map((r) => r.ms));
      rows.push({
        metric: `${rateKbit} kbit/s: worst error (${REPEATS} runs + 1 full run)`,
        value: round(worst, 1),
        unit: '%',
        goal: '±10',
        ok: Math.abs(worst) <= 10,
      });
      rows.push({
        metric: `${rateKbit} kbit/s: slowest verdict (bandwidth-only)`,
        value: slowest,
        unit: 'ms',
        ...(rateKbit === 128 ? { goal: '≤ 3000', ok: slowest <= 3000 } : {}),
      });
      table.push(
        `${rateKbit} | ${readings.map((r) => `${r.rate} (${round(r.errorPercent, 1)})`).join(', ')} | ${readings.map((r) => r.ms).join(', ')} | ${readings.map((r) => `${r.verdict}/${r.stop}`).join(', ')} | ${full.rate} (${round(full.errorPercent, 1)}) ${full.verdict} in ${full.ms} ms`,
      );
    }
  } finally {
    await lab.close();
  }
  rows.push({
    metric: 'verdicts not the shaped rate’s',
    value: wrong,
    unit: 'runs',
    goal: '0',
    ok: wrong === 0,
  });
  return {
    title: TITLE,
    rows,
    notes: [
      'tc tbf on the office link towards the PC (burst ≈ 20 ms of traffic, 200 ms queue); the figure is the link rate (TCP payload ÷ 1448/1514).',
      'time: the check’s own duration (connect, TLS, the status byte, the measurement); in a full run it starts once the network checks leave the link.',
      ...table,
    ],
  };
}
