import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkRunSchema, type CheckRun } from '../../../shared/check-result';
import { ok } from '../../../shared/reply';
import { exportAllowlist } from '../allowlist/allowlist-export';
import { buildAllowlist } from '../allowlist/allowlist-model';
import { pacFallbackFromRun } from '../allowlist/pac-file';
import type { CallContext, CoreOptions } from '../context';
import type { Handlers } from '../dispatch';
import { applyFixes, changesForIt, currentPlan, undoFixes } from '../fixes/fixes-service';
import { withRecheck, type HostChecks } from '../fixes/recheck';
import { checksHandlers } from './checks-handlers';
import type { SharedState } from './index';

/** Where a front door may leave the last check run for the next process (the CLI's `allowlist`). */
export const LAST_RUN_FILE = 'last-run.json';

export function fixesHandlers(
  options: CoreOptions,
  shared: SharedState,
): Pick<Handlers, 'fixes.plan' | 'fixes.apply' | 'fixes.undo' | 'allowlist.get'> {
  // The re-check goes through the public `checks.run` method, so it is exactly what the wizard runs; with
  // its own state, so this partial run never becomes the "last run" a report or the allow-list describes.
  const checks = checksHandlers(options, { runs: new Map(), lastRunId: undefined });
  const hostChecks =
    (call: CallContext): HostChecks =>
    async (hosts) => {
      const reply = await checks['checks.run'](
        { runId: `fixes-${randomUUID()}`, lang: options.lang, groups: ['network'], hosts },
        call,
      );
      return reply.ok ? reply.value : null;
    };
  // The freshest picture of the affected checks: a re-check after our own change is newer than the last
  // full run, so an undo's "before" is the state the apply left, not the one before it.
  let lastRecheck: CheckRun | undefined;
  const recheckChecks =
    (call: CallContext): HostChecks =>
    async (hosts) => {
      const run = await hostChecks(call)(hosts);
      if (run) lastRecheck = run;
      return run;
    };
  const before = async () => lastRecheck ?? (await lastRun(options, shared));
  return {
    'fixes.plan': async ({ lang }) => ok((await currentPlan({ ...options, lang })).plan),
    'fixes.apply': async ({ ids, lang }, call) => {
      const { value, recheck } = await withRecheck(
        options.catalog,
        await before(),
        recheckChecks(call),
        () => applyFixes({ ...options, lang }, ids),
      );
      return ok(recheck ? { ...value, recheck } : value);
    },
    'fixes.undo': async ({ lang }, call) => {
      const { value, recheck } = await withRecheck(
        options.catalog,
        await before(),
        recheckChecks(call),
        () => undoFixes({ ...options, lang }),
      );
      return ok(recheck ? { ...value, recheck } : value);
    },
    'allowlist.get': async ({ format, lang }) => {
      const forIt = await changesForIt({ ...options, lang });
      const run = await lastRun(options, shared);
      return ok(
        exportAllowlist(
          buildAllowlist(options.catalog, run, forIt),
          format,
          lang,
          pacFallbackFromRun(run?.proxy),
        ),
      );
    },
  };
}

/** This process's last run, or the one a previous process left in the data folder. */
export async function lastRun(
  options: Pick<CoreOptions, 'dataDir'>,
  shared?: SharedState,
): Promise<CheckRun | undefined> {
  const inProcess = shared?.lastRunId ? shared.runs.get(shared.lastRunId) : undefined;
  if (inProcess) return inProcess;
  try {
    const parsed = checkRunSchema.safeParse(
      JSON.parse(await readFile(join(options.dataDir, LAST_RUN_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
