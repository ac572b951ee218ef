import { translator } from '../../../shared/i18n';
import { createCoreClient } from '../../core/api/core-client';
import { EXIT, type CliCommand } from '../command';
import { jsonText } from '../terminal-text';
import { buildCoreOptions } from '../core-options';
import { stringValue } from '../values';
import { confirm, outcomesText } from './fixes-output';

/** `session-prep undo [--yes]`: reverts everything the journal says Session Prep changed, in one action. */
export const undoCommand: CliCommand = {
  name: 'undo',
  usage: 'undo [--yes] [--json] [--catalog FILE] [--lang ja|en]',
  options: { yes: { type: 'boolean' }, json: { type: 'boolean' }, catalog: { type: 'string' } },
  async run({ values }, io) {
    const lang = io.defaultLang;
    const t = translator(lang);
    const options = await buildCoreOptions(
      { catalog: stringValue(values.catalog), lang },
      'cli',
      io.env,
    );
    if (!options.ok) {
      io.stderr.write(`session-prep undo: ${options.problem.message}\n`);
      return EXIT.usage;
    }
    const json = values.json === true;
    const core = createCoreClient(options.value);
    const journalReply = await core.call('fixes.journal', { lang });
    if (!journalReply.ok) {
      io.stderr.write(`session-prep undo: ${journalReply.problem.message}\n`);
      return EXIT.usage;
    }
    const { journal } = journalReply.value;
    if (journal.length === 0) {
      if (json) io.stdout.write(jsonText({ outcomes: [] }));
      else io.stdout.write(`${t('fixes:cli.nothingToUndo')}\n`);
      return EXIT.ok;
    }
    if (!json)
      io.stdout.write(
        `${t('fixes:cli.journalTitle')}\n${journal.map((e) => `  ${e.appliedAt}  ${e.title}`).join('\n')}\n`,
      );
    if (values.yes !== true) {
      if (!io.stdin.isTTY) {
        io.stderr.write(`${t('fixes:cli.needYes')}\n`);
        return EXIT.finding;
      }
      if (!(await confirm(io, t('fixes:cli.confirmUndo', { count: journal.length })))) {
        io.stderr.write(`${t('fixes:cli.declined')}\n`);
        return EXIT.finding;
      }
    }
    const reply = await core.call('fixes.undo', { consent: true, lang });
    if (!reply.ok) {
      io.stderr.write(`session-prep undo: ${reply.problem.message}\n`);
      return EXIT.usage;
    }
    const result = reply.value;
    io.stdout.write(json ? jsonText(result) : outcomesText(result, lang));
    return result.outcomes.every((o) => o.ok) ? EXIT.ok : EXIT.finding;
  },
};
