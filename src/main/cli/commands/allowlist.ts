import { translator } from '../../../shared/i18n';
import { isPacAnswer } from '../../../shared/pac-answer';
import { allowlistFormatSchema } from '../../../shared/report-schemas';
import { createCoreClient } from '../../core/api/core-client';
import { EXIT, type CliCommand } from '../command';
import { buildCoreOptions } from '../core-options';
import { stringValue } from '../values';

/** `session-prep allowlist`: what IT must allow, as a list, JSON, a PAC file or a Squid fragment. */
export const allowlistCommand: CliCommand = {
  name: 'allowlist',
  usage:
    'allowlist [--format text|json|pac|squid] [--pac-fallback ANSWER] [--json] [--catalog FILE] [--lang ja|en] [--redact]',
  options: {
    format: { type: 'string' },
    'pac-fallback': { type: 'string' },
    json: { type: 'boolean' },
    catalog: { type: 'string' },
    // Added (issue 15): the text leaves out the PC's name, addresses and proxy.
    redact: { type: 'boolean' },
  },
  async run({ values }, io) {
    const lang = io.defaultLang;
    const t = translator(lang);
    const fail = (message: string) => {
      io.stderr.write(`session-prep allowlist: ${message}\n`);
      return EXIT.usage;
    };
    const formatText = stringValue(values.format) ?? (values.json === true ? 'json' : 'text');
    const format = allowlistFormatSchema.safeParse(formatText);
    if (!format.success) return fail(t('fixes:cli.badFormat', { value: formatText }));
    // Without --pac-fallback, core answers with what this PC uses today (the last check's proxy).
    const fallback = stringValue(values['pac-fallback']);
    if (fallback !== undefined && !isPacAnswer(fallback))
      return fail(t('fixes:cli.badPacFallback', { value: fallback }));
    const options = await buildCoreOptions(
      { catalog: stringValue(values.catalog), lang },
      'cli',
      io.env,
    );
    if (!options.ok) return fail(options.problem.message);
    // The verdicts come from the last run a `check` left in the data folder.
    const reply = await createCoreClient(options.value).call('allowlist.get', {
      format: format.data,
      lang,
      ...(fallback === undefined ? {} : { pacFallback: fallback }),
      ...(values.redact === true ? { redact: true } : {}),
    });
    if (!reply.ok) return fail(reply.problem.message);
    io.stdout.write(reply.value.content);
    return EXIT.ok;
  },
};
