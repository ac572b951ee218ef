// `npm run bench`: every bench/*.bench.ts in turn, a table on stdout, and bench/results/latest.json for tracking.
// Benchmarks report figures; they assert nothing (tests assert verdicts).
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchSection } from './bench-types';

const benchDir = import.meta.dirname;

function isBenchModule(m: unknown): m is { run: () => Promise<BenchSection> } {
  return typeof m === 'object' && m !== null && typeof (m as { run?: unknown }).run === 'function';
}

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Number.isInteger(v) ? String(v) : v.toFixed(Math.abs(v) < 10 ? 3 : 1);
}

function table(section: BenchSection): string {
  const header = ['metric', 'value', 'unit', 'goal', 'ok'];
  const rows = section.rows.map((r) => [
    r.metric,
    formatValue(r.value),
    r.unit,
    r.goal ?? '',
    r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ');
  const out = [
    `\n== ${section.title}`,
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ];
  for (const n of section.notes ?? []) out.push(`  · ${n}`);
  return out.join('\n');
}

const only = process.argv.slice(2);
const files = (await readdir(benchDir))
  .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
const sections: BenchSection[] = [];
const started = Date.now();
for (const file of files) {
  const t0 = Date.now();
  let section: BenchSection;
  try {
    const mod: unknown = await import(pathToFileURL(join(benchDir, file)).href);
    if (!isBenchModule(mod)) throw new Error('it exports no run() function');
    section = await mod.run();
  } catch (e) {
    // One broken benchmark must not hide the others' figures.
    section = {
      title: file,
      rows: [],
      notes: [`failed: ${e instanceof Error ? e.message : String(e)}`],
    };
  }
  section.notes = [
    ...(section.notes ?? []),
    `${file} took ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  ];
  sections.push(section);
  process.stdout.write(`${table(section)}\n`);
}
const resultsDir = join(benchDir, 'results');
await mkdir(resultsDir, { recursive: true });
const document = {
  startedAt: new Date(started).toISOString(),
  durationMs: Date.now() - started,
  node: process.version,
  sections,
};
await writeFile(join(resultsDir, 'latest.json'), `${JSON.stringify(document, null, 2)}\n`);
process.stdout.write(
  `\nWrote ${join('bench', 'results', 'latest.json')} (${sections.length} sections, ${((Date.now() - started) / 1000).toFixed(1)} s).\n`,
);
