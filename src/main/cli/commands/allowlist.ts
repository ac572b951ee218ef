import { translator } from '../../../shared/i18n';
import { allowlistFormatSchema } from '../../../shared/report-schemas';
import { exportAllowlist } from '../../core/allowlist/allowlist-export';
import { buildAllowlist } from '../../core/allowlist/allowlist-model';
import { isPacAnswer } from '../../core/allowlist/pac-file';
import { changesForIt } from '../../core/fixes/fixes-service';
import { lastRun } from '../../core/handlers/fixes-handlers';
import { EXIT, type CliCommand } from '../command';
import { buildCoreOptions } from '../core-options';
import { stringValue } from '../values';

/** `session-prep allowlist`: what IT must allow, as a list, JSON, a PAC file or a Squid fragment. */
export const allowlistCommand: CliCommand = {
  name: 'allowlist',
  usage:
    'allowlist [--format text|json|pac|squid] [--pac-fallback ANSWER] [--json] [--catalog FILE] [--lang ja|en]',
  options: {
    format: { type: 'string' },
    'pac-fallback': { type: 'string' },
    json: { type: 'boolean' },
    catalog: { type: 'string' },
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
    const fallback = stringValue(values['pac-fallback']) ?? 'DIRECT';
    if (!isPacAnswer(fallback)) return fail(t('fixes:cli.badPacFallback', { value: fallback }));
    const options = await buildCoreOptions(
      { catalog: stringValue(values.catalog), lang },
      'cli',
      io.env,
    );
    if (!options.ok) return fail(options.problem.message);
    const model = buildAllowlist(
      options.value.catalog,
      await lastRun(options.value),
      await changesForIt(options.value),
    );
    io.stdout.write(exportAllowlist(model, format.data, lang, fallback).content);
    return EXIT.ok;
  },
};
