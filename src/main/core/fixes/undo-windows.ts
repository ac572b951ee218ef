import { translator } from '../../../shared/i18n';
import type { CommandRunner } from '../os/run-command';
import { removeEntry, type JournalEntry } from '../journal/journal';
import type { UndoOutcome } from './undo-outcome';
import { runElevatedBatch } from '../os/elevated-batch';
import { encodedScripts } from '../os/elevated-batch-script';
import { undoCommandsOf } from './undo-commands';

/** A journal entry whose undo the single elevated run can carry. */
export function isWindowsUndoBatchable(entry: JournalEntry, dataDir: string): boolean {
  const undo = undoCommandsOf(entry.undo, dataDir);
  return (
    undo.needsElevation &&
    undo.nftRules.length === 0 &&
    undo.commands.length > 0 &&
    encodedScripts(undo.commands) !== undefined
  );
}

/**
 * Reverts the entries (in the order given) with ONE UAC prompt. An entry leaves the journal only when its
 * own undo succeeded, or when it had been interrupted before it was made; a declined prompt keeps them all.
 */
export async function undoWindowsBatch(
  entries: readonly JournalEntry[],
  options: { dataDir: string; lang: Parameters<typeof translator>[0] },
  runner: CommandRunner,
): Promise<Map<string, UndoOutcome>> {
  const t = translator(options.lang);
  const items = entries.map((e) => ({
    id: e.id,
    steps: encodedScripts(undoCommandsOf(e.undo, options.dataDir).commands) ?? [],
    rollback: [],
    stopAtFirstFailure: false,
  }));
  const batch = await runElevatedBatch(items, options.dataDir, runner);
  const outcomes = new Map<string, UndoOutcome>();
  for (const entry of entries) {
    const { id, title } = entry;
    const outcome = batch.outcomes.get(id);
    if (batch.declined)
      outcomes.set(id, { id, ok: false, message: t('fixes:undo.declined', { title }) });
    else if (!outcome)
      outcomes.set(id, {
        id,
        ok: false,
        message: t('fixes:undo.failed', { title, error: batch.error.slice(0, 500) }),
      });
    else if (outcome.error === null) {
      await removeEntry(options.dataDir, id);
      outcomes.set(id, { id, ok: true, message: t('fixes:undo.done', { title }) });
    } else if (entry.state === 'applying') {
      // Interrupted before it was made: there was nothing to revert, and its undo may fail; that is fine.
      await removeEntry(options.dataDir, id);
      outcomes.set(id, { id, ok: true, message: t('fixes:undo.interrupted', { title }) });
    } else
      outcomes.set(id, {
        id,
        ok: false,
        message: t('fixes:undo.failed', { title, error: outcome.error.slice(0, 500) }),
      });
  }
  return outcomes;
}
