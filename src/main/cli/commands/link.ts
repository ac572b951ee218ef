import { translator } from '../../../shared/i18n';
import type { ValidLink } from '../../../shared/join-schemas';
import type { Lang } from '../../../shared/lang';
import { createCoreClient } from '../../core/api/core-client';
import { EXIT, type CliCommand } from '../command';
import { jsonText } from '../terminal-text';
import { buildCoreOptions } from '../core-options';
import { stringValue } from '../values';

/** `session-prep link TEXT`: validates an invitation link or a session key; never opens anything. */
export const linkCommand: CliCommand = {
  name: 'link',
  usage: 'link TEXT [--json] [--catalog FILE] [--lang ja|en]',
  options: { json: { type: 'boolean' }, catalog: { type: 'string' } },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const lang = io.defaultLang;
    const t = translator(lang);
    const fail = (message: string) => {
      io.stderr.write(`session-prep link: ${message}\n`);
      return EXIT.usage;
    };
    // Several positionals: a key typed with spaces and no quotes ("123 456 789").
    if (positionals.length === 0) return fail(t('join:cli.usage'));
    const text = positionals.join(' ');
    const options = await buildCoreOptions(
      { catalog: stringValue(values.catalog), lang },
      'cli',
      io.env,
    );
    if (!options.ok) return fail(options.problem.message);
    const reply = await createCoreClient(options.value).call('link.validate', { text, lang });
    if (!reply.ok) return fail(reply.problem.message);
    const check = reply.value;
    if (!check.ok) return fail(check.message);
    io.stdout.write(
      values.json === true ? jsonText(linkJson(check.link), 0) : linkText(check.link, lang),
    );
    return EXIT.ok;
  },
};

/** Exactly the `{"url","key","dataCentre"}` of ARCHITECTURE.md, in that order. */
function linkJson(link: ValidLink): ValidLink {
  return { url: link.url, key: link.key, dataCentre: link.dataCentre };
}

function linkText(link: ValidLink, lang: Lang): string {
  const t = translator(lang);
  return [
    `${t('join:cli.url')}: ${link.url}`,
    `${t('join:cli.key')}: ${link.key}`,
    `${t('join:cli.dataCentre')}: ${link.dataCentre ?? t('join:cli.noDataCentre')}`,
    '',
  ].join('\n');
}
