import { catalogRefOf } from '../../../shared/catalog';
import { translator } from '../../../shared/i18n';
import { ok, refused } from '../../../shared/reply';
import type { CoreOptions } from '../context';
import type { Handlers } from '../dispatch';
import { appliedFixesIn } from '../report/applied-fixes';
import { renderReport } from '../report/render-report';
import type { SharedState } from './index';

export interface ReportDeps {
  /** The fix journal's applied entries; by default read from the data folder. */
  appliedFixes?: typeof appliedFixesIn;
}

export function reportHandlers(
  options: CoreOptions,
  shared: SharedState,
  deps: ReportDeps = {},
): Pick<Handlers, 'report.export'> {
  return {
    'report.export': async ({ format, redact, lang, runId }) => {
      const t = translator(lang);
      const id = runId ?? shared.lastRunId;
      const run = id === undefined ? undefined : shared.runs.get(id);
      if (!run) {
        return refused(
          'not_found',
          runId === undefined
            ? t('report:errors.noRun')
            : t('report:errors.runNotFound', { runId: runId.slice(0, 100) }),
        );
      }
      const { journal, unreadable } = await (deps.appliedFixes ?? appliedFixesIn)(options.dataDir);
      return ok(
        renderReport(run, {
          format,
          redact,
          lang,
          journal,
          ...(unreadable === undefined
            ? {}
            : { alsoUntested: [{ id: 'journal', reason: unreadable }] }),
          catalog: catalogRefOf(options.catalog),
          ...(options.proxyUrl === undefined ? {} : { proxyUrl: options.proxyUrl }),
        }),
      );
    },
  };
}
