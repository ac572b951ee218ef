import { randomUUID } from 'node:crypto';
import { translator } from '../../../shared/i18n';
import { checkGroupSchema } from '../../../shared/verdicts';
import { createCoreClient } from '../../core/api/core-client';
import { reportFormatOf } from '../../core/report/write-report-file';
import { EXIT, type CliCommand } from '../command';
import { jsonText } from '../terminal-text';
import { runForFile } from '../../../shared/localize-run';
import { buildCoreOptions } from '../core-options';
import { ProgressLine } from '../progress-line';
import { formatSummary } from '../summary';
import { stringList, stringValue } from '../values';

/** `session-prep check`: the readiness checks, headless (ARCHITECTURE.md, "Contract: the command line"). */
export const checkCommand: CliCommand = {
  name: 'check',
  usage:
    'check [--catalog FILE] [--json] [--report FILE [--redact]] [--proxy URL] [--ca FILE] [--timeout-ms N] [--only system|network|bandwidth] [--join TEXT] [--all-regions] [--idle SECONDS] [--lang ja|en]',
  options: {
    catalog: { type: 'string' },
    json: { type: 'boolean' },
    report: { type: 'string' },
    redact: { type: 'boolean' },
    proxy: { type: 'string' },
    ca: { type: 'string', multiple: true },
    'timeout-ms': { type: 'string' },
    only: { type: 'string' },
    join: { type: 'string' },
    'all-regions': { type: 'boolean' },
    idle: { type: 'string' },
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
    const idleText = stringValue(values.idle);
    const idleSeconds = idleText === undefined ? undefined : Number(idleText);
    if (
      idleText !== undefined &&
      (!/^\d+$/.test(idleText) || idleSeconds === undefined || idleSeconds < 1 || idleSeconds > 600)
    )
      return fail(t('cli:badIdle', { value: idleText }));
    const reportPath = stringValue(values.report);
    // Refused before anything runs: a typo in the report's name should not cost a whole check.
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

    const core = createCoreClient(options.value);
    // The invitation decides the data centre (issue 12): validated as `link` does, refused before a run.
    const joinText = stringValue(values.join);
    let dataCentre: string | null | undefined;
    if (joinText !== undefined) {
      const link = await core.call('link.validate', { text: joinText, lang });
      if (!link.ok) return fail(link.problem.message);
      if (!link.value.ok) return fail(t('cli:badJoin', { reason: link.value.message }));
      dataCentre = link.value.link.dataCentre;
    }
    const runId = randomUUID();
    const json = values.json === true;
    const progress =
      !json && io.isTTY ? new ProgressLine(io.stderr, lang, io.columns ?? 80) : undefined;
    const stopProgress =
      progress && core.on('checks.progressed', (event) => progress.update(event));
    const onAbort = () => void core.call('checks.cancel', { runId });
    io.signal.addEventListener('abort', onAbort, { once: true });
    const reply = await core.call('checks.run', {
      runId,
      lang,
      ...(only?.success ? { groups: [only.data] } : {}),
      ...(dataCentre !== undefined ? { dataCentre } : {}),
      ...(values['all-regions'] === true ? { allRegions: true } : {}),
      ...(idleSeconds !== undefined ? { idleSeconds } : {}),
    });
    io.signal.removeEventListener('abort', onAbort);
    stopProgress?.();
    progress?.clear();
    if (!reply.ok) return fail(reply.problem.message);
    const run = reply.value;

    // The next command (`allowlist`, for IT) describes this run: kept in the shared data folder.
    if (!run.cancelled) await core.call('checks.keep', { runId });
    if (reportPath !== undefined) {
      const written = await core.call('report.write', {
        path: reportPath,
        redact: values.redact === true,
        lang,
        runId,
      });
      if (!written.ok) return fail(written.problem.message);
    }
    // A terminal gets lines that fit it (80 columns when it does not say); a pipe or a file gets each line
    // whole, so `grep` finds a host's line entire and a mail client or pager reflows it to its own width.
    const width = io.isTTY ? (io.columns ?? 80) : null;
    // The document is in one language, as asked: the wizard's second language (`texts`) stays out of it.
    io.stdout.write(
      json ? jsonText(runForFile(run, lang)) : formatSummary(run, lang, io.isTTY, width),
    );
    return run.ready ? EXIT.ok : EXIT.finding;
  },
};
