import { translator } from '../../../shared/i18n';
import { createCoreClient } from '../../core/api/core-client';
import { EXIT, type CliCommand } from '../command';
import { jsonText } from '../terminal-text';
import { buildCoreOptions } from '../core-options';
import { stringValue } from '../values';
import { confirm, outcomesText, planText } from './fixes-output';

/** `session-prep fixes [--apply] [--yes]`: the changes this PC needs, and applies them with consent. */
export const fixesCommand: CliCommand = {
  name: 'fixes',
  usage: 'fixes [--apply] [--yes] [--json] [--catalog FILE] [--lang ja|en]',
  options: {
    apply: { type: 'boolean' },
    yes: { type: 'boolean' },
    json: { type: 'boolean' },
    catalog: { type: 'string' },
  },
  async run({ values }, io) {
    const lang = io.defaultLang;
    const t = translator(lang);
    const options = await buildCoreOptions(
      { catalog: stringValue(values.catalog), lang },
      'cli',
      io.env,
    );
    if (!options.ok) {
      io.stderr.write(`session-prep fixes: ${options.problem.message}\n`);
      return EXIT.usage;
    }
    const core = createCoreClient(options.value);
    const json = values.json === true;
    const planReply = await core.call('fixes.plan', { lang });
    if (!planReply.ok) {
      io.stderr.write(`session-prep fixes: ${planReply.problem.message}\n`);
      return EXIT.usage;
    }
    const plan = planReply.value;
    const todo = plan.changes.filter((c) => c.state === 'needed');
    if (values.apply !== true) {
      io.stdout.write(json ? jsonText(plan) : planText(plan, options.value.catalog.name, lang));
      if (!json && todo.length) io.stderr.write(`${t('fixes:cli.hintApply')}\n`);
      // A change still needed, or one only IT can make, is a finding.
      return plan.changes.some((c) => c.state !== 'applied') ? EXIT.finding : EXIT.ok;
    }
    if (!json) io.stdout.write(planText(plan, options.value.catalog.name, lang));
    if (todo.length === 0) {
      if (!json && plan.changes.length) io.stderr.write(`${t('fixes:cli.nothingToApply')}\n`);
      if (json) io.stdout.write(jsonText({ outcomes: [], plan }));
      return plan.changes.some((c) => c.state === 'not_possible') ? EXIT.finding : EXIT.ok;
    }
    if (values.yes !== true) {
      if (!io.stdin.isTTY) {
        io.stderr.write(`${t('fixes:cli.needYes')}\n`);
        return EXIT.finding;
      }
      if (!(await confirm(io, t('fixes:cli.confirmApply', { count: todo.length })))) {
        io.stderr.write(`${t('fixes:cli.declined')}\n`);
        return EXIT.finding;
      }
    }
    const reply = await core.call('fixes.apply', {
      ids: todo.map((c) => c.id),
      consent: true,
      lang,
    });
    if (!reply.ok) {
      io.stderr.write(`session-prep fixes: ${reply.problem.message}\n`);
      return EXIT.usage;
    }
    const result = reply.value;
    io.stdout.write(json ? jsonText(result) : outcomesText(result, lang));
    return result.outcomes.every((o) => o.ok) ? EXIT.ok : EXIT.finding;
  },
};
