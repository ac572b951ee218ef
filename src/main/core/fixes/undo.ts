import type { CoreOptions } from '../context';
import { translator } from '../../../shared/i18n';
import { commandOf, failureText, runCommand, type CommandRunner } from '../os/run-command';
import { elevated, isElevationRefusal } from '../os/elevation';
import { currentPlatform, isProcessPrivileged, type OsPlatform } from '../os/platform';
import { readJournal, removeEntry, type JournalEntry } from '../journal/journal';
import { deleteRulesByComment } from './nft-rules';
import type { UndoOutcome } from './undo-outcome';
import { isWindowsUndoBatchable, undoWindowsBatch } from './undo-windows';

export type { UndoOutcome } from './undo-outcome';

export interface UndoDeps {
  runner?: CommandRunner;
  /** Whether this process already has the rights (root, an elevated Windows process). */
  isPrivileged?: boolean;
  platform?: OsPlatform;
}

/** Reverts every journal entry, newest first; an entry leaves the journal only once its undo succeeded. */
export async function undoEverything(
  options: Pick<CoreOptions, 'dataDir' | 'lang'>,
  deps: UndoDeps = {},
): Promise<UndoOutcome[]> {
  const newestFirst = [...(await readJournal(options.dataDir))].reverse();
  const platform = deps.platform ?? currentPlatform();
  const isPrivileged = deps.isPrivileged ?? isProcessPrivileged();
  // On Windows the elevated undos share one UAC prompt; the others (and every other OS) run one by one.
  const batched =
    platform === 'win32' && !isPrivileged ? newestFirst.filter(isWindowsUndoBatchable) : [];
  const fromBatch =
    batched.length > 0
      ? await undoWindowsBatch(batched, options, deps.runner ?? runCommand)
      : new Map<string, UndoOutcome>();
  const outcomes: UndoOutcome[] = [];
  for (const entry of newestFirst)
    outcomes.push(fromBatch.get(entry.id) ?? (await undoEntry(entry, options, deps)));
  return outcomes.reverse();
}

/** Reverts one entry (used by undoEverything and by apply when a change fails halfway). */
export async function undoEntry(
  entry: JournalEntry,
  options: Pick<CoreOptions, 'dataDir' | 'lang'>,
  deps: UndoDeps = {},
): Promise<UndoOutcome> {
  const t = translator(options.lang);
  const run = deps.runner ?? runCommand;
  const platform = deps.platform ?? currentPlatform();
  const isPrivileged = deps.isPrivileged ?? isProcessPrivileged();
  const wrap = (argv: readonly string[]) =>
    entry.undo.needsElevation ? elevated(argv, platform, isPrivileged) : [...argv];
  const errors: string[] = [];
  for (const ref of entry.undo.nftRules ?? []) {
    const res = await deleteRulesByComment(ref, run, wrap);
    if (!res.ok) errors.push(res.error ?? '');
  }
  for (const argv of entry.undo.commands) {
    const res = await run(commandOf(wrap(argv)));
    if (!res.ok) errors.push(failureText(res));
  }
  if (errors.length === 0) {
    await removeEntry(options.dataDir, entry.id);
    return { id: entry.id, ok: true, message: t('fixes:undo.done', { title: entry.title }) };
  }
  // A change interrupted before it was made has nothing to revert: its undo may fail, and that is fine.
  if (entry.state === 'applying' && !errors.some(isElevationRefusal)) {
    await removeEntry(options.dataDir, entry.id);
    return { id: entry.id, ok: true, message: t('fixes:undo.interrupted', { title: entry.title }) };
  }
  return {
    id: entry.id,
    ok: false,
    message: t('fixes:undo.failed', { title: entry.title, error: errors.join('; ').slice(0, 500) }),
  };
}
