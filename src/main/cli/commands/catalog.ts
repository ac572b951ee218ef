import type { CatalogCheck } from '../../../shared/catalog-check-schemas';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { createCoreClient } from '../../core/api/core-client';
import { EXIT, type CliCommand } from '../command';
import { buildCoreOptions } from '../core-options';
import { jsonText, revealInline } from '../terminal-text';

/** `session-prep catalog check FILE [--json]`: what a catalog would make the tool do, and the policy's refusals. */
export const catalogCommand: CliCommand = {
  name: 'catalog',
  usage: 'catalog check FILE [--json] [--lang ja|en]',
  options: { json: { type: 'boolean' } },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const lang = io.defaultLang;
    const t = translator(lang);
    const fail = (message: string) => {
      io.stderr.write(`session-prep catalog: ${message}\n`);
      return EXIT.usage;
    };
    const [verb, file, ...extra] = positionals;
    if (verb === undefined) return fail(t('policy:check.usage'));
    if (verb !== 'check') return fail(t('policy:check.unknownVerb', { verb }));
    if (file === undefined || extra.length > 0) return fail(t('policy:check.usage'));
    // The core of the built-in catalog answers: the file under judgement is data for the method, nothing more.
    const options = await buildCoreOptions({ lang }, 'cli', io.env);
    if (!options.ok) return fail(options.problem.message);
    const reply = await createCoreClient(options.value).call('catalog.check', { path: file, lang });
    if (!reply.ok) return fail(reply.problem.message);
    const check = reply.value;
    io.stdout.write(values.json === true ? jsonText(check) : checkText(check, file, lang));
    return check.acceptable ? EXIT.ok : EXIT.usage;
  },
};

function checkText(check: CatalogCheck, source: string, lang: Lang): string {
  const t = translator(lang);
  const name = revealInline(
    `${check.catalog.name}${check.catalog.version ? ` ${check.catalog.version}` : ''}`,
  );
  const out = [t('policy:check.title', { name, source }), ''];
  if (check.acceptable) out.push(t('policy:check.acceptable'));
  else {
    out.push(t('policy:check.refusedTitle', { count: check.refusals.length }));
    for (const r of check.refusals) out.push(`  ✖ ${r.message}`);
  }
  out.push('', t('policy:check.effectsTitle'));
  for (const os of ['any', 'win32', 'darwin', 'linux'] as const) {
    const effects = check.effects.filter((e) => e.os === os);
    out.push('', `[${t(`policy:check.os.${os}`)}]`);
    if (effects.length === 0) out.push(`  ${t('policy:check.none')}`);
    for (const e of effects) {
      out.push(`  ${e.what}`);
      for (const item of e.items) out.push(`    - ${item}`);
    }
  }
  return `${out.join('\n')}\n`;
}
