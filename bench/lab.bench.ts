// Issue 3's benchmark: the check engine in the network lab (namespaces, a delaying relay for 100 ms RTT,
// nftables drops), against its critical path and a sequential baseline; and the bandwidth check's accuracy
// behind tc tbf (now bench/bandwidth.bench.ts). Figures only: the lab's tests assert the verdicts.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogSchema, type Catalog, type Endpoint } from '../src/shared/catalog';
import { createLab, labCatalogPath, type Lab } from '../test/lab/harness/lab';
import { labSkipReason } from '../test/lab/harness/lab-support';
import { runCheckOnPc } from '../test/lab/harness/run-cli';
import { PUBLIC_ROOTS_ENV } from '../src/main/core/network/public-roots';
import type { BenchRow, BenchSection } from './bench-types';

const TITLE =
  'Network lab: engine vs critical path, drops (issue 3; bandwidth: bandwidth.bench.ts)';
const TIMEOUT_MS = 1500;
const DELAY_MS = 50; // each way: 100 ms RTT
const REPEATS = 3;
const LOSS_PERCENT = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round = (x: number, digits = 0) => Number(x.toFixed(digits));

/** The lab catalog grown to twenty endpoints (four more hosts inside its own domains), two of them dropped. */
async function benchCatalog(): Promise<{ catalog: Catalog; dropped: string[] }> {
  const lab = catalogSchema.parse(JSON.parse(await readFile(labCatalogPath, 'utf8')));
  const extra: Endpoint[] = [
    'assist.zohoassist-jp.lab.test',
    'assist.zohoassist-com-cn.lab.test',
    'static2.zohostatic-com.lab.test',
    'cdn2.zohocdn-com.lab.test',
  ].map((host) => ({ host, ports: [443, 80] }));
  return {
    catalog: { ...lab, endpoints: [...lab.endpoints, ...extra] },
    dropped: ['assist.zoho-uk.lab.test', 'assist.zoho-sa.lab.test'],
  };
}

/** The lab vendor's CA stands in for the public roots, as in every lab scenario (issue 12). */
function publicRoots(lab: Lab): Record<string, string> {
  return { [PUBLIC_ROOTS_ENV]: lab.vendorCaPath };
}

async function networkRunMs(lab: Lab, catalogPath: string): Promise<{ ms: number; ids: number }> {
  const out = await runCheckOnPc(
    lab,
    // Every data centre's hosts, as the bench always measured: the concurrency of the whole catalog.
    ['--all-regions', '--timeout-ms', String(TIMEOUT_MS), '--only', 'network'],
    publicRoots(lab),
    catalogPath,
  );
  return { ms: out.run.durationMs, ids: out.run.checks.length };
}

async function engineFigures(): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const { catalog, dropped } = await benchCatalog();
  const lab = await createLab({
    catalog,
    relayDelayMs: DELAY_MS,
    firewall: dropped.map((host) => ({ host, port: 443, action: 'drop' as const })),
  });
  try {
    const fullPath = join(lab.dir, 'bench-full.json');
    await writeFile(fullPath, JSON.stringify(catalog));
    const totals: number[] = [];
    let checks = 0;
    for (let i = 0; i < REPEATS; i++) {
      const r = await networkRunMs(lab, fullPath);
      totals.push(r.ms);
      checks = r.ids;
    }
    // Each chain alone: the slowest is the critical path; their sum is what a loop of one test after another costs.
    const alone: { host: string; ms: number }[] = [];
    for (const [i, endpoint] of catalog.endpoints.entries()) {
      const path = join(lab.dir, `bench-alone-${i}.json`);
      await writeFile(path, JSON.stringify({ ...catalog, endpoints: [endpoint] }));
      alone.push({ host: endpoint.host, ms: (await networkRunMs(lab, path)).ms });
    }
    const critical = Math.max(...alone.map((a) => a.ms));
    const slowest = alone.find((a) => a.ms === critical)?.host ?? '?';
    const sequential = alone.reduce((a, b) => a + b.ms, 0);
    const total = median(totals);

    // The same catalog with nothing dropped: the drops' price, and the overhead where every chain is short.
    await lab.setFirewall([]);
    const clean: number[] = [];
    for (let i = 0; i < REPEATS; i++) clean.push((await networkRunMs(lab, fullPath)).ms);
    const dropCost = total - median(clean);
    const cleanAlone: number[] = [];
    for (const i of catalog.endpoints.keys())
      cleanAlone.push((await networkRunMs(lab, join(lab.dir, `bench-alone-${i}.json`))).ms);
    const cleanCritical = Math.max(...cleanAlone);

    // Link quality: random loss of forwarded TCP packets (nftables numgen), both ways.
    await lab.setFirewall([], LOSS_PERCENT);
    const lossy: number[] = [];
    let lossyNotOk = 0;
    for (let i = 0; i < REPEATS; i++) {
      const out = await runCheckOnPc(
        lab,
        ['--all-regions', '--timeout-ms', String(TIMEOUT_MS), '--only', 'network'],
        publicRoots(lab),
        fullPath,
      );
      lossy.push(out.run.durationMs);
      lossyNotOk += out.run.checks.filter((c) => c.verdict !== 'ok').length;
    }
    const goal = 1.1 * critical + 50;
    return {
      rows: [
        {
          metric: `total, ${catalog.endpoints.length} endpoints (${checks} checks), ${dropped.length} ports dropped, median of ${REPEATS}`,
          value: round(total),
          unit: 'ms',
          goal: `≤ ${round(goal)} (1.1 × critical + 50)`,
          ok: total <= goal,
        },
        {
          metric: `critical path (slowest chain alone: ${slowest})`,
          value: round(critical),
          unit: 'ms',
        },
        { metric: 'total / critical path', value: round(total / critical, 3), unit: '×' },
        {
          metric: 'sequential baseline (each chain after the other)',
          value: round(sequential),
          unit: 'ms',
        },
        { metric: 'sequential / total (gain)', value: round(sequential / total, 2), unit: '×' },
        {
          metric: 'total without drops, median',
          value: round(median(clean)),
          unit: 'ms',
          goal: `≤ ${round(1.1 * cleanCritical + 50)}`,
          ok: median(clean) <= 1.1 * cleanCritical + 50,
        },
        { metric: 'critical path without drops', value: round(cleanCritical), unit: 'ms' },
        {
          metric: 'total / critical path, without drops',
          value: round(median(clean) / cleanCritical, 3),
          unit: '×',
        },
        {
          metric: 'sequential baseline without drops',
          value: round(cleanAlone.reduce((a, b) => a + b, 0)),
          unit: 'ms',
        },
        {
          metric: `total with ${LOSS_PERCENT} % packet loss, median`,
          value: round(median(lossy)),
          unit: 'ms',
        },
        {
          metric: `checks not ok with ${LOSS_PERCENT} % loss, over ${REPEATS} runs`,
          value: lossyNotOk,
          unit: 'checks',
        },
        {
          metric: 'cost of the dropped ports, in step limits',
          value: round(dropCost / TIMEOUT_MS, 2),
          unit: `× ${TIMEOUT_MS} ms`,
          goal: '≈ 1 (one timeout, not one per step)',
          ok: dropCost <= 1.25 * TIMEOUT_MS,
        },
      ],
      notes: [
        `RTT ${2 * DELAY_MS} ms from the delaying relay (no netem in this kernel); the relay accepts at once, so TCP connect itself is not delayed.`,
        `Durations are the engine's own (the result's durationMs), without the CLI's start-up; step limit --timeout-ms ${TIMEOUT_MS}.`,
      ],
    };
  } finally {
    await lab.close();
  }
}

export async function run(): Promise<BenchSection> {
  const reason = labSkipReason();
  if (reason) return { title: TITLE, rows: [], notes: [`skipped: ${reason}`] };
  const started = Date.now();
  const engine = await engineFigures();
  return {
    title: TITLE,
    rows: [
      ...engine.rows,
      {
        metric: 'lab benchmark wall time',
        value: round((Date.now() - started) / 1000, 1),
        unit: 's',
      },
    ],
    notes: engine.notes,
  };
}
