import { randomUUID } from 'node:crypto';
import type { CheckRun } from '../../../shared/check-result';
import type { Lang } from '../../../shared/lang';
import { ok } from '../../../shared/reply';
import type { CallContext, CoreOptions } from '../context';
import type { Handlers } from './handler-types';
import { applyFixes, currentPlan, journalView, undoFixes } from '../fixes/fixes-service';
import { withRecheck, type HostChecks } from '../fixes/recheck';
import { checksHandlers } from './checks-handlers';
import { RunHistory } from './run-history';

/** `fixes.plan`, `fixes.journal`, `fixes.apply` and `fixes.undo`, each change with its re-check. */
export function fixesHandlers(
  options: CoreOptions,
  history: RunHistory,
): Pick<Handlers, 'fixes.plan' | 'fixes.journal' | 'fixes.apply' | 'fixes.undo'> {
  // The re-check goes through the public `checks.run` method, so it is exactly what the wizard runs; with
  // its own history, so this partial run never becomes the "last run" a report or the allow-list describes.
  const checks = checksHandlers(options, new RunHistory());
  // The freshest picture of the affected checks: a re-check after our own change is newer than the last
  // full run, so an undo's "before" is the state the apply left, not the one before it.
  let lastRecheck: CheckRun | undefined;
  // In the language of the request that asked for the change, like the rest of its answer.
  const recheck =
    (call: CallContext, lang: Lang): HostChecks =>
    async (hosts) => {
      const reply = await checks['checks.run'](
        { runId: `fixes-${randomUUID()}`, lang, groups: ['network'], hosts },
        call,
      );
      if (!reply.ok) return null;
      lastRecheck = reply.value;
      return reply.value;
    };
  const before = async () => lastRecheck ?? (await history.lastOrKept(options.dataDir));
  return {
    'fixes.plan': async ({ lang }) => ok((await currentPlan({ ...options, lang })).plan),
    'fixes.journal': async ({ lang }) => {
      const { journal, notRun } = await journalView({ ...options, lang });
      return ok({ journal, ...(notRun.length ? { notRun } : {}) });
    },
    'fixes.apply': async ({ ids, lang }, call) => {
      const { value, recheck: seen } = await withRecheck(
        options.catalog,
        await before(),
        recheck(call, lang),
        () => applyFixes({ ...options, lang }, ids),
      );
      return ok(seen ? { ...value, recheck: seen } : value);
    },
    'fixes.undo': async ({ lang }, call) => {
      const { value, recheck: seen } = await withRecheck(
        options.catalog,
        await before(),
        recheck(call, lang),
        () => undoFixes({ ...options, lang }),
      );
      return ok(seen ? { ...value, recheck: seen } : value);
    },
  };
}
