import { translator } from '../../../shared/i18n';
import { createCoreClient } from '../../core/api/core-client';
import { EXIT, type CliCommand } from '../command';
import { jsonText } from '../terminal-text';
import { buildCoreOptions } from '../core-options';
import { stringValue } from '../values';
import { confirm, outcomesText, undoPlanText } from './fixes-output';
import { revealInline as shown } from '../terminal-text';

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
    const { journal, notRun = [] } = journalReply.value;
    // Entries that do not validate are said first, and never run.
    if (!json) for (const n of notRun) io.stderr.write(`✗ ${shown(n.message)}\n`);
    if (journal.length === 0) {
      if (json) io.stdout.write(jsonText({ outcomes: [], notRun }));
      else if (notRun.length === 0) io.stdout.write(`${t('fixes:cli.nothingToUndo')}\n`);
      // An entry that is never run is a finding: something may still be changed.
      return notRun.length ? EXIT.finding : EXIT.ok;
    }
    // The prompt shows exactly what will run: each command rebuilt from the entry's record.
    if (!json) io.stdout.write(undoPlanText(journal, lang));
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
