// Runs the bandwidth check alone on the lab's PC (inside its namespace) and prints the result as JSON,
// with every progress sample: the lab's accuracy scenario and the benchmark read it.
import { readFileSync } from 'node:fs';
import { catalogSchema } from '../../../src/shared/catalog';
import { runBandwidthCheck } from '../../../src/main/core/bandwidth/run-bandwidth-check';

const [catalogPath, caPath, timeoutMs] = process.argv.slice(2);
const catalog = catalogSchema.parse(JSON.parse(readFileSync(catalogPath ?? '', 'utf8')));
const samples: { bytes: number; elapsedMs: number; rateKbps: number }[] = [];
const started = performance.now();
const result = await runBandwidthCheck({
  catalog,
  lang: 'en',
  proxy: async () => ({ kind: 'direct', source: 'none' }),
  extraCaPem: caPath ? [readFileSync(caPath, 'utf8')] : [],
  timeoutMs: Number(timeoutMs ?? 3000),
  onSample: (s) => samples.push(s),
});
process.stdout.write(
  `${JSON.stringify({ result, samples, wallMs: Math.round(performance.now() - started) })}\n`,
);
