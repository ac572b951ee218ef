import type { CoreOptions } from '../context';
import { translator } from '../../../shared/i18n';
import { execRunner, type CommandRunner } from './command-runner';
import { elevated, type FixPlatform } from './elevation';
import { readJournal, removeEntry, type JournalEntry } from '../journal/journal';
import { deleteRulesByComment } from './nft-rules';
import { isWindowsUndoBatchable, undoWindowsBatch } from './undo-windows';

export interface UndoOutcome {
  id: string;
  ok: boolean;
  message: string;
}

export interface UndoDeps {
  runner?: CommandRunner;
  /** Whether this process already has the rights (root, an elevated Windows process). */
  isPrivileged?: boolean;
  platform?: FixPlatform;
}

/** Reverts every journal entry, newest first; an entry leaves the journal only once its undo succeeded. */
export async function undoEverything(
  options: Pick<CoreOptions, 'dataDir' | 'lang'>,
  deps: UndoDeps = {},
): Promise<UndoOutcome[]> {
  const newestFirst = [...(await readJournal(options.dataDir))].reverse();
  const platform = deps.platform ?? currentPlatform();
  const isPrivileged = deps.isPrivileged ?? processIsPrivileged();
  // On Windows the elevated undos share one UAC prompt; the others (and every other OS) run one by one.
  const batched =
    platform === 'win32' && !isPrivileged ? newestFirst.filter(isWindowsUndoBatchable) : [];
  const fromBatch =
    batched.length > 0
      ? await undoWindowsBatch(batched, options, deps.runner ?? execRunner)
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
  const run = deps.runner ?? execRunner;
  const platform = deps.platform ?? currentPlatform();
  const isPrivileged = deps.isPrivileged ?? processIsPrivileged();
  const wrap = (argv: readonly string[]) =>
    entry.undo.needsElevation ? elevated(argv, platform, isPrivileged) : [...argv];
  const errors: string[] = [];
  for (const ref of entry.undo.nftRules ?? []) {
    const res = await deleteRulesByComment(ref, run, wrap);
    if (!res.ok) errors.push(res.error ?? '');
  }
  for (const argv of entry.undo.commands) {
    const res = await run(wrap(argv));
    if (res.code !== 0)
      errors.push(res.startError ?? (res.stderr.trim() || `exit ${String(res.code)}`));
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

/** pkexec's and UAC's "the user said no": undo did not run at all. */
export function isElevationRefusal(stderr: string): boolean {
  return /Not authorized|dismissed|request was cancel|canceled by the user|cancelled by the user|User canceled/i.test(
    stderr,
  );
}

export function currentPlatform(): FixPlatform {
  const p = process.platform;
  return p === 'win32' || p === 'darwin' ? p : 'linux';
}

export function processIsPrivileged(): boolean {
  // On Windows the process is never assumed elevated: UAC decides per command.
  return (
    process.platform !== 'win32' && typeof process.getuid === 'function' && process.getuid() === 0
  );
}
