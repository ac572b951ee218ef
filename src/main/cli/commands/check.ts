import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckRun } from '../../../shared/check-result';
import type { CheckEvent } from '../../../shared/events';
import { translator } from '../../../shared/i18n';
import { checkGroupSchema } from '../../../shared/verdicts';
import type { CoreOptions } from '../../core/context';
import { createDispatch } from '../../core/dispatch';
import { writeAtomically } from '../../core/fixes/journal';
import { LAST_RUN_FILE } from '../../core/handlers/fixes-handlers';
import { appliedFixesIn } from '../../core/report/applied-fixes';
import { reportFormatOf, writeReportFile } from '../../core/report/write-report-file';
import { EXIT, type CliCommand } from '../command';
import { buildCoreOptions } from '../core-options';
import { ProgressLine } from '../progress-line';
import { formatSummary } from '../summary';
import { stringList, stringValue } from '../values';

/** `session-prep check`: the readiness checks, headless (ARCHITECTURE.md, "Contract: the command line"). */
export const checkCommand: CliCommand = {
  name: 'check',
  usage:
    'check [--catalog FILE] [--json] [--report FILE [--redact]] [--proxy URL] [--ca FILE] [--timeout-ms N] [--only system|network|bandwidth] [--lang ja|en]',
  options: {
    catalog: { type: 'string' },
    json: { type: 'boolean' },
    report: { type: 'string' },
    redact: { type: 'boolean' },
    proxy: { type: 'string' },
    ca: { type: 'string', multiple: true },
    'timeout-ms': { type: 'string' },
    only: { type: 'string' },
  },
  async run({ values }, io) {
    const lang = io.defaultLang;
    const t = translator(lang);
    const fail = (message: string) => {
      io.stderr.write(`session-prep check: ${message}\n`);
      return EXIT.usage;
    };
    const onlyText = stringValue(values.only);
    const only = onlyText === undefined ? undefined : checkGroupSchema.safeParse(onlyText);
    if (onlyText !== undefined && only && !only.success)
      return fail(t('cli:badOnly', { value: onlyText }));
    const reportPath = stringValue(values.report);
    if (reportPath !== undefined && !reportFormatOf(reportPath))
      return fail(t('cli:badReportExtension', { file: reportPath }));

    const options = await buildCoreOptions(
      {
        catalog: stringValue(values.catalog),
        proxy: stringValue(values.proxy),
        ca: stringList(values.ca),
        timeoutMs: stringValue(values['timeout-ms']),
        lang,
      },
      'cli',
      io.env,
    );
    if (!options.ok) return fail(options.problem.message);

    const dispatch = createDispatch(options.value);
    const runId = randomUUID();
    const json = values.json === true;
    const progress = !json && io.isTTY ? new ProgressLine(io.stderr, lang) : undefined;
    const onAbort = () => void dispatch('checks.cancel', { runId }, { emit: () => {} });
    io.signal.addEventListener('abort', onAbort, { once: true });
    const reply = await dispatch(
      'checks.run',
      { runId, lang, groups: only?.success ? [only.data] : undefined },
      { emit: (_name, event) => progress?.update(event as CheckEvent) },
    );
    io.signal.removeEventListener('abort', onAbort);
    progress?.clear();
    if (!reply.ok) return fail(reply.problem.message);
    const run = reply.value as CheckRun;

    // The next command (`allowlist`, for IT) describes this run: kept in the shared data folder.
    if (!run.cancelled) await saveLastRun(options.value, run);
    if (reportPath !== undefined) {
      const written = await writeReport(reportPath, run, options.value, values.redact === true);
      if (written) return fail(written);
    }
    io.stdout.write(
      json ? `${JSON.stringify(run, null, 2)}\n` : formatSummary(run, lang, io.isTTY),
    );
    return run.ready ? EXIT.ok : EXIT.finding;
  },
};

/** Writes the report with what Session Prep changed on this PC; answers a sentence when it could not. */
async function writeReport(
  path: string,
  run: CheckRun,
  options: CoreOptions,
  redact: boolean,
): Promise<string | undefined> {
  // A broken journal must not stop the report: it goes out without it, saying so.
  const { journal, unreadable } = await appliedFixesIn(options.dataDir);
  const written = await writeReportFile(
    path,
    run,
    {
      redact,
      lang: options.lang,
      journal,
      ...(unreadable === undefined
        ? {}
        : { alsoUntested: [{ id: 'journal', reason: unreadable }] }),
      ...(options.proxyUrl ? { proxyUrl: options.proxyUrl } : {}),
    },
    options.dataDir,
  );
  return written.ok ? undefined : written.problem.message;
}

/** Best effort: a read-only data folder must not turn a finished check into a failure. */
async function saveLastRun(options: CoreOptions, run: CheckRun): Promise<void> {
  try {
    await mkdir(options.dataDir, { recursive: true });
    await writeAtomically(join(options.dataDir, LAST_RUN_FILE), `${JSON.stringify(run)}\n`);
  } catch {
    // The allow-list then simply has no verdicts to show; the check itself is unaffected.
  }
}
