import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { targets } from '../scripts/build';
import { fleetSummarySchema } from '../src/shared/fleet-schemas';
import type { BenchRow, BenchSection } from './bench-types';

const TITLE = 'summarize: 10,000 result files (issue 16)';
const FILES = 10_000;
const PCS = 9_000;
const BROKEN = 50;
const RUNS = 3;
const exec = promisify(execFile);
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli', 'session-prep.js');

type Doc = Record<string, unknown> & { checks: Record<string, unknown>[]; system: object };

/** What the CLI really writes on this machine: `check --json` (all groups) and a `--report` of a network run. */
async function templates(dir: string): Promise<{ result: Doc; report: Doc }> {
  const out = await exec(process.execPath, [cli, 'check', '--json', '--timeout-ms', '1500'], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
  const reportPath = join(dir, 'template-report.json');
  await exec(process.execPath, [
    cli,
    'check',
    '--only',
    'network',
    '--timeout-ms',
    '1500',
    '--report',
    reportPath,
  ]).catch(() => undefined);
  return {
    result: JSON.parse(out.stdout) as Doc,
    report: JSON.parse(await readFile(reportPath, 'utf8')) as Doc,
  };
}

/**
 * One PC's file: a template with this PC's name and time, and one of five situations. The files past PCS are
 * second runs of the first PCs, one situation further on, so those PCs changed between their two runs.
 */
function variant(t: { result: Doc; report: Doc }, i: number): Doc {
  const kind = (i + Math.floor(i / PCS)) % 5;
  const base = kind === 4 ? t.report : t.result;
  const checks = base.checks.map((c) => ({ ...c }));
  if (kind === 1) {
    const tcp = checks.find((c) => c.kind === 'tcp');
    if (tcp) Object.assign(tcp, { status: 'fail', verdict: 'tcp_timeout' });
  } else if (kind === 2) {
    const tls = checks.find((c) => c.kind === 'tls');
    if (tls)
      Object.assign(tls, {
        status: 'fail',
        verdict: 'tls_intercepted',
        detail: {
          certificate: { issuer: `CN=Inspector ${i % 3}` },
          interception: {
            product: i % 3 === 0 ? 'Zscaler' : null,
            issuer: `CN=Inspector ${i % 3}`,
          },
        },
      });
  } else if (kind === 3) {
    for (const c of checks)
      if (c.status === 'fail') Object.assign(c, { status: 'pass', verdict: 'ok' });
  }
  const pc = `PC-${String(i % PCS).padStart(5, '0')}`;
  const startedAt = new Date(Date.UTC(2026, 10, 1 + Math.floor(i / PCS), 9, i % 60)).toISOString();
  return {
    ...base,
    startedAt,
    ready: kind === 3,
    system: { ...base.system, hostname: pc },
    checks,
  };
}

async function writeFleet(dir: string, t: { result: Doc; report: Doc }): Promise<number> {
  let bytes = 0;
  const batch: Promise<void>[] = [];
  for (let i = 0; i < FILES; i++) {
    const folder = join(dir, `site-${i % 100}`);
    if (i < 100) await mkdir(folder, { recursive: true });
    const text = JSON.stringify(variant(t, i), null, 2);
    bytes += Buffer.byteLength(text);
    batch.push(writeFile(join(folder, `run-${i}.json`), text));
    if (batch.length >= 64) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  const broken = join(dir, 'broken');
  await mkdir(broken, { recursive: true });
  for (let i = 0; i < BROKEN; i++)
    await writeFile(join(broken, `b-${i}.json`), i % 2 ? '{"half": ' : '{"other": "tool"}');
  return bytes;
}

/** One `summarize` in a process of its own, as IT runs it: wall time and the peak resident memory (GNU time). */
async function measure(dir: string, format: string, out: string) {
  const { stderr } = await exec(
    '/usr/bin/time',
    [
      '-f',
      'TIME %e %M',
      process.execPath,
      cli,
      'summarize',
      dir,
      '--format',
      format,
      '--output',
      out,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((e: { stderr: string }) => ({ stderr: e.stderr }));
  const m = /TIME ([\d.]+) (\d+)/.exec(stderr);
  if (!m) throw new Error(`no figures from /usr/bin/time: ${stderr.slice(-300)}`);
  return { seconds: Number(m[1]), rssMb: Number(m[2]) / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function run(): Promise<BenchSection> {
  await targets.cli();
  const dir = await mkdtemp(join(tmpdir(), 'sp-fleet-bench-'));
  try {
    const t = await templates(dir);
    const fleet = join(dir, 'fleet');
    const bytes = await writeFleet(fleet, t);
    const rows: BenchRow[] = [];
    const notes: string[] = [];
    // What the process takes to start and read one file: the rest of the peak is what 10,000 files add.
    const one = await measure(join(fleet, 'site-0', 'run-0.json'), 'json', join(dir, 'one.json'));
    rows.push({
      metric: 'one file: peak resident memory',
      value: Math.round(one.rssMb),
      unit: 'MB',
    });
    for (const format of ['json', 'text', 'csv'] as const) {
      const out = join(dir, `summary.${format}`);
      const figures = [];
      for (let i = 0; i < (format === 'json' ? RUNS : 1); i++)
        figures.push(await measure(fleet, format, out));
      const seconds = median(figures.map((f) => f.seconds));
      const rss = Math.max(...figures.map((f) => f.rssMb));
      rows.push(
        {
          metric: `${format}: wall time (process start to exit)`,
          value: seconds,
          unit: 's',
          goal: '≤ 10',
          ok: seconds <= 10,
        },
        {
          metric: `${format}: peak resident memory`,
          value: Math.round(rss),
          unit: 'MB',
          goal: '≤ 200',
          ok: rss <= 200,
        },
      );
      if (format === 'json') {
        const summary = fleetSummarySchema.parse(JSON.parse(await readFile(out, 'utf8')));
        rows.push({
          metric: 'json: files per second',
          value: Math.round(FILES / seconds),
          unit: 'files/s',
        });
        notes.push(
          `read ${summary.files.read} files, skipped ${summary.files.skipped}; ${summary.pcs.total} PCs, ${summary.changed.length} changed between two runs`,
        );
      }
      if (format === 'csv') notes.push(`CSV ${Math.round((await stat(out)).size / 1024)} KB`);
    }
    notes.unshift(
      `${FILES} files (${Math.round(bytes / 1024 / 1024)} MB of JSON, from what \`check --json\` and \`--report\` wrote here) in 100 folders, plus ${BROKEN} broken ones; load average ${loadavg()[0]?.toFixed(2)}`,
    );
    return { title: TITLE, rows, notes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
