import { writeFile } from 'node:fs/promises';
import { fleetFormatSchema, type FleetSummary } from '../../../shared/fleet-schemas';
import { translator } from '../../../shared/i18n';
import { createCoreClient } from '../../core/api/core-client';
import { fleetCsv } from '../../core/fleet/fleet-csv';
import { fleetText } from '../../core/fleet/fleet-text';
import { oneLine } from '../../core/fleet/one-line';
import { EXIT, type CliCommand } from '../command';
import { buildCoreOptions } from '../core-options';
import { stringValue } from '../values';

/**
 * `session-prep summarize FILE|DIR…`: many results or reports (the `--json` of `check`, or `--report
 * x.json`) into one fleet picture, as text for a change request, JSON, or CSV for Excel. Exit 0 when every
 * PC is ready and every file was read, 1 when a PC is not ready or a file was skipped, 2 for bad usage or
 * when no file at all was a result.
 */
export const summarizeCommand: CliCommand = {
  name: 'summarize',
  usage: 'summarize FILE|DIR… [--format text|json|csv] [--output FILE] [--lang ja|en]',
  options: {
    format: { type: 'string' },
    json: { type: 'boolean' },
    output: { type: 'string' },
  },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const lang = io.defaultLang;
    const t = translator(lang);
    const fail = (message: string) => {
      io.stderr.write(`session-prep summarize: ${message}\n`);
      return EXIT.usage;
    };
    if (positionals.length === 0) return fail(t('fleet:cli.usage'));
    const formatText = stringValue(values.format) ?? (values.json === true ? 'json' : 'text');
    const format = fleetFormatSchema.safeParse(formatText);
    if (!format.success) return fail(t('fleet:cli.badFormat', { value: formatText }));
    const options = await buildCoreOptions({ lang }, 'cli', io.env);
    if (!options.ok) return fail(options.problem.message);
    const reply = await createCoreClient(options.value).call('fleet.summarize', {
      paths: positionals,
      lang,
    });
    if (!reply.ok) return fail(reply.problem.message);
    const summary = reply.value;
    if (summary.files.read === 0) {
      writeSkipped(summary, io.stderr);
      return fail(t('fleet:cli.nothingRead', { count: summary.files.skipped }));
    }
    const content =
      format.data === 'json'
        ? `${JSON.stringify(summary, null, 2)}\n`
        : format.data === 'csv'
          ? fleetCsv(summary)
          : fleetText(summary);
    // The text lists skipped files itself; JSON has them too; a CSV is one table of PCs, so they go to stderr.
    if (format.data === 'csv') writeSkipped(summary, io.stderr);
    const output = stringValue(values.output);
    if (output === undefined) io.stdout.write(content);
    else {
      // Written as bytes: a PowerShell redirection would re-encode the CSV's UTF-8 (and drop its BOM).
      try {
        await writeFile(output, content, 'utf8');
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return fail(t('fleet:cli.cannotWrite', { file: output, why }));
      }
    }
    return summary.pcs.notReady === 0 && summary.files.skipped === 0 ? EXIT.ok : EXIT.finding;
  },
};

function writeSkipped(summary: FleetSummary, stderr: NodeJS.WritableStream): void {
  const t = translator(summary.lang);
  for (const s of summary.skipped)
    stderr.write(
      `session-prep summarize: ${t('fleet:text.skippedLine', { file: oneLine(s.file), reason: oneLine(s.reason) })}\n`,
    );
  if (summary.skippedNotListed > 0)
    stderr.write(
      `session-prep summarize: ${t('fleet:text.skippedMore', { count: summary.skippedNotListed })}\n`,
    );
}
