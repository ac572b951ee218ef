import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { checkRunSchema, type CheckRun } from '../../../shared/check-result';
import { compareRuns } from '../../../shared/results/compare-runs';
import type { RunComparison } from '../../../shared/run-comparison';
import { writeAtomically } from '../journal/write-atomically';

export const RUNS_FOLDER = 'runs';
export const RUNS_KEPT = 10;

// Our own file names only: a time that sorts as text, then the run id reduced to safe characters.
const keptName = /^run-\d{8}T\d{9}Z-[A-Za-z0-9_-]{1,64}\.json$/;
// A file this large is not one of ours (a run is a few hundred kilobytes at most).
const MAX_BYTES = 8 * 1024 * 1024;

/** What a run asked beyond its catalog and data centre: the groups and hosts it was limited to. */
export const runScopeSchema = z.object({
  groups: z.array(z.string()).nullable(),
  hosts: z.array(z.string()).nullable(),
});
export type RunScope = z.infer<typeof runScopeSchema>;

const keptRunSchema = z.object({
  keptRunVersion: z.literal(1),
  runId: z.string(),
  scope: runScopeSchema,
  run: checkRunSchema,
});
type KeptRun = z.infer<typeof keptRunSchema>;

/** The scope of a `checks.run` request, in one spelling whatever the order it was asked in. */
export function scopeOf(params: {
  groups?: readonly string[];
  hosts?: readonly string[];
}): RunScope {
  const sorted = (list?: readonly string[]) => (list ? [...new Set(list)].sort() : null);
  return { groups: sorted(params.groups), hosts: sorted(params.hosts) };
}

const sameScope = (a: RunScope, b: RunScope) => JSON.stringify(a) === JSON.stringify(b);

function fileNameOf(runId: string, startedAt: string): string {
  const time = new Date(startedAt);
  const iso = (Number.isNaN(time.getTime()) ? new Date() : time).toISOString();
  // 2026-12-02T13:54:12.345Z → 20261202T135412345Z
  const stamp = iso.replace(/[-:.]/g, '');
  const id = runId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64) || 'run';
  return `run-${stamp}-${id}.json`;
}

async function ourFiles(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((n) => keptName.test(n)).sort();
  } catch {
    return [];
  }
}

async function readKept(path: string): Promise<KeptRun | undefined> {
  try {
    if ((await stat(path)).size > MAX_BYTES) return undefined;
    const parsed = keptRunSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The comparison with the newest kept run that asked the same question (same scope, catalog and data
 * centre), or undefined when there is none. A file that does not read as one of ours is passed over.
 */
export async function compareWithKept(
  dataDir: string,
  runId: string,
  scope: RunScope,
  run: CheckRun,
): Promise<RunComparison | undefined> {
  if (run.cancelled === true) return undefined;
  const folder = join(dataDir, RUNS_FOLDER);
  for (const name of (await ourFiles(folder)).reverse()) {
    const kept = await readKept(join(folder, name));
    if (!kept || kept.runId === runId || !sameScope(kept.scope, scope)) continue;
    const comparison = compareRuns(kept.run, run);
    if (comparison) return comparison;
  }
  return undefined;
}

/**
 * Keeps a finished run in the data folder, the newest RUNS_KEPT of them, for the next run's comparison.
 * Best effort: a read-only data folder must not turn a finished check into a failure.
 */
export async function keepRun(
  dataDir: string,
  runId: string,
  scope: RunScope,
  run: CheckRun,
): Promise<boolean> {
  if (run.cancelled === true) return false;
  const folder = join(dataDir, RUNS_FOLDER);
  try {
    const { comparison: _comparison, ...plain } = run;
    const kept: KeptRun = { keptRunVersion: 1, runId, scope, run: plain };
    await writeAtomically(
      join(folder, fileNameOf(runId, run.startedAt)),
      `${JSON.stringify(kept)}\n`,
    );
  } catch {
    return false;
  }
  // Files we wrote ourselves, inside our own folder, so removing the oldest is safe.
  const ours = await ourFiles(folder);
  for (const old of ours.slice(0, Math.max(0, ours.length - RUNS_KEPT)))
    await rm(join(folder, old), { force: true }).catch(() => undefined);
  return true;
}
