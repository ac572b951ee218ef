import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkRunSchema, type CheckRun } from '../../../shared/check-result';
import { compareWithKept, keepRun, type RunScope } from '../history/kept-runs';
import { writeAtomically } from '../journal/write-atomically';

/** Where a finished run is left for the next process (the CLI's `allowlist` after its `check`). */
export const LAST_RUN_FILE = 'last-run.json';

/** The check runs this process made, for reports, re-checks and the allow-list. */
export class RunHistory {
  private readonly runs = new Map<string, CheckRun>();
  private lastRunId: string | undefined;

  /**
   * `keepsRuns`: every finished run also goes into the data folder's bounded history and is compared with
   * the earlier one there (issue 15). Off for the partial re-checks of a fix, which have their own history.
   */
  constructor(private readonly options: { keepsRuns?: boolean } = {}) {}

  /**
   * The run with what changed since the earlier kept run of the same question, and keeps it for the next
   * one; the run unchanged when this history keeps no runs.
   */
  async compareAndKeep(
    runId: string,
    scope: RunScope,
    run: CheckRun,
    dataDir: string,
  ): Promise<CheckRun> {
    if (this.options.keepsRuns !== true) return run;
    const comparison = await compareWithKept(dataDir, runId, scope, run);
    await keepRun(dataDir, runId, scope, run);
    return comparison ? { ...run, comparison } : run;
  }

  /** Records a finished run; it becomes the last one. */
  record(runId: string, run: CheckRun): void {
    this.runs.set(runId, run);
    this.lastRunId = runId;
  }

  /** Replaces a recorded run by a later form of itself (its browser checks added), keeping which is last. */
  update(runId: string, run: CheckRun): void {
    if (this.runs.has(runId)) this.runs.set(runId, run);
  }

  /** The run with this id, or the last one when no id is given. */
  get(runId?: string): CheckRun | undefined {
    const id = runId ?? this.lastRunId;
    return id === undefined ? undefined : this.runs.get(id);
  }

  /** This process's last run, or else the one a previous process left in the data folder. */
  async lastOrKept(dataDir: string): Promise<CheckRun | undefined> {
    return this.get() ?? (await keptRun(dataDir));
  }

  /**
   * Leaves a run in the data folder for the next process. Best effort: a read-only data folder
   * must not turn a finished check into a failure; the allow-list then has no verdicts to show.
   */
  async keep(runId: string, dataDir: string): Promise<boolean> {
    const run = this.runs.get(runId);
    if (!run) return false;
    try {
      await writeAtomically(join(dataDir, LAST_RUN_FILE), `${JSON.stringify(run)}\n`);
      return true;
    } catch {
      return false;
    }
  }
}

/** The run a previous process left in the data folder, if it is there and still reads as one. */
async function keptRun(dataDir: string): Promise<CheckRun | undefined> {
  try {
    const parsed = checkRunSchema.safeParse(
      JSON.parse(await readFile(join(dataDir, LAST_RUN_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
