import { catalogRefOf } from '../../../shared/catalog';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { ok, refused, type Reply } from '../../../shared/reply';
import type { CheckRun } from '../../../shared/check-result';
import { runForFile } from '../../../shared/localize-run';
import type { CoreOptions } from '../context';
import type { Handlers } from './handler-types';
import { appliedFixesIn } from '../report/applied-fixes';
import type { BuildReportOptions } from '../report/build-report';
import { renderReport } from '../report/render-report';
import { writeReportFile } from '../report/write-report-file';
import type { RunHistory } from './run-history';
import { personalNamesOfThisPc, type PersonalNames } from '../report/personal-names';
import { readDnsSuffixes } from '../proxy/dns-suffix';
import { buildAllowlist } from '../allowlist/allowlist-model';
import { itRequestText } from '../allowlist/it-request-text';
import { changesForIt } from '../fixes/fixes-service';

/** This PC's names for a redacted report: its user and host, the run's home folders and its DNS domains. */
export async function namesOfThisRun(options: CoreOptions): Promise<PersonalNames> {
  const own = personalNamesOfThisPc();
  const homes = [options.env.HOME, options.env.USERPROFILE, ...(own.homeDirs ?? [])].filter(
    (h): h is string => typeof h === 'string' && h !== '',
  );
  const suffixes = await readDnsSuffixes(process.platform, options.env).catch(() => []);
  return { ...own, homeDirs: [...new Set(homes)], dnsDomains: suffixes };
}

export interface ReportDeps {
  /** The fix journal's applied entries; by default read from the data folder. */
  appliedFixes?: typeof appliedFixesIn;
}

/** `report.export` (the file's content, for the wizard to save) and `report.write` (to a path, for the CLI). */
export function reportHandlers(
  options: CoreOptions,
  history: RunHistory,
  deps: ReportDeps = {},
): Pick<Handlers, 'report.export' | 'report.write'> {
  const runFor = (runId: string | undefined, lang: Lang): Reply<CheckRun> => {
    const t = translator(lang);
    const run = history.get(runId);
    // In the language asked for, whatever the run's: a report saved after a language switch follows it.
    if (run) return ok(runForFile(run, lang));
    return refused(
      'not_found',
      runId === undefined
        ? t('report:errors.noRun')
        : t('report:errors.runNotFound', { runId: runId.slice(0, 100) }),
    );
  };
  /** What every report carries besides the run: the journal, the catalog, the proxy to hide. */
  const reportOptions = async (
    run: CheckRun,
    redact: boolean,
    lang: Lang,
  ): Promise<BuildReportOptions> => {
    // A broken journal must not stop the report: it goes out without it, saying so.
    const { journal, unreadable } = await (deps.appliedFixes ?? appliedFixesIn)(options.dataDir);
    const names = redact ? await namesOfThisRun(options) : undefined;
    // The same request the wizard copies (issue 15); what only IT can change is best effort here.
    const forIt = await changesForIt({ ...options, lang }).catch(() => []);
    const itRequest = itRequestText(buildAllowlist(options.catalog, run, forIt), lang, {
      run,
      redact,
      ...(names ? { names } : {}),
    });
    return {
      itRequest,
      redact,
      lang,
      journal,
      keptDomains: [...options.catalog.domains, ...options.catalog.endpoints.map((e) => e.host)],
      ...(names ? { names } : {}),
      ...(unreadable === undefined
        ? {}
        : { alsoUntested: [{ id: 'journal', reason: unreadable }] }),
      catalog: catalogRefOf(options.catalog),
      ...(options.proxyUrl === undefined ? {} : { proxyUrl: options.proxyUrl }),
    };
  };
  return {
    'report.export': async ({ format, redact, lang, runId }) => {
      const run = runFor(runId, lang);
      if (!run.ok) return run;
      return ok(
        renderReport(run.value, { ...(await reportOptions(run.value, redact, lang)), format }),
      );
    },
    'report.write': async ({ path, redact, lang, runId }) => {
      const run = runFor(runId, lang);
      if (!run.ok) return run;
      return writeReportFile(
        path,
        run.value,
        await reportOptions(run.value, redact, lang),
        options.dataDir,
      );
    },
  };
}
