import { translator } from '../../../shared/i18n';
import type { CommandRunner } from '../os/run-command';
import { recordChange, removeEntry, type JournalEntry } from '../journal/journal';
import type { PlannedChange } from './planned-change';
import type { UndoOutcome } from './undo-outcome';
import { runElevatedBatch } from '../os/elevated-batch';
import { encodedScripts, type BatchItem } from '../os/elevated-batch-script';
import { undoCommandsOf } from './undo-commands';

/** A change the single elevated run can carry: elevated, and every command (and its undo) our encoded PowerShell. */
export function isWindowsBatchable(change: PlannedChange, dataDir: string): boolean {
  const undo = undoCommandsOf(change.journalUndo, dataDir);
  return (
    change.needsElevation &&
    undo.nftRules.length === 0 &&
    encodedScripts(change.commands) !== undefined &&
    encodedScripts(undo.commands) !== undefined
  );
}

/**
 * Applies the changes with ONE UAC prompt. Every entry is journaled `applying` before the elevated process
 * starts; afterwards each change's own outcome decides its entry: applied, removed (declined, or failed and
 * rolled back inside the elevated run), or kept `applying` so “Undo everything” can revert it.
 */
export async function applyWindowsBatch(
  runs: readonly { change: PlannedChange; entry: JournalEntry }[],
  options: { dataDir: string; lang: Parameters<typeof translator>[0] },
  runner: CommandRunner,
): Promise<Map<string, UndoOutcome>> {
  const t = translator(options.lang);
  for (const { entry } of runs) await recordChange(options.dataDir, entry);
  const items: BatchItem[] = runs.map(({ change }) => ({
    id: change.id,
    steps: encodedScripts(change.commands) ?? [],
    rollback: encodedScripts(undoCommandsOf(change.journalUndo, options.dataDir).commands) ?? [],
    stopAtFirstFailure: true,
  }));
  const batch = await runElevatedBatch(items, options.dataDir, runner);
  const outcomes = new Map<string, UndoOutcome>();
  for (const { change, entry } of runs) {
    const id = change.id;
    const title = change.title;
    const outcome = batch.outcomes.get(id);
    if (batch.declined) {
      await removeEntry(options.dataDir, id);
      outcomes.set(id, { id, ok: false, message: t('fixes:apply.declined', { title }) });
    } else if (!outcome) {
      // Unknown: it may have been made. The `applying` entry stays, and undo reverts whatever there is.
      outcomes.set(id, {
        id,
        ok: false,
        message: t('fixes:apply.unconfirmed', { title, error: batch.error.slice(0, 500) }),
      });
    } else if (outcome.error === null) {
      await recordChange(options.dataDir, { ...entry, state: 'applied' });
      outcomes.set(id, { id, ok: true, message: t('fixes:apply.done', { title }) });
    } else if (outcome.undone === true) {
      await removeEntry(options.dataDir, id);
      outcomes.set(id, {
        id,
        ok: false,
        message: t('fixes:apply.failed', { title, error: outcome.error.slice(0, 500) }),
      });
    } else {
      outcomes.set(id, {
        id,
        ok: false,
        message: t('fixes:apply.failedKept', { title, error: outcome.error.slice(0, 500) }),
      });
    }
  }
  return outcomes;
}
