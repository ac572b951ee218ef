import type { CoreOptions } from '../context';
import { translator } from '../../../shared/i18n';
import { commandOf, failureText, runCommand, type CommandRunner } from '../os/run-command';
import { elevated, isElevationRefusal } from '../os/elevation';
import { currentPlatform, isProcessPrivileged, type OsPlatform } from '../os/platform';
import {
  journalEntrySchema,
  readJournalChecked,
  removeEntry,
  type JournalEntry,
  type UncheckedEntry,
} from '../journal/journal';
import { legacyUndoSchema } from '../journal/undo-record';
import { recordFromLegacy, undoCommandsOf } from './undo-commands';
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
/** Where the journal is, the language of the outcomes, and the environment undo's commands run in. */
export type UndoOptions = Pick<CoreOptions, 'dataDir' | 'lang'> & { env?: NodeJS.ProcessEnv };

export async function undoEverything(
  options: UndoOptions,
  deps: UndoDeps = {},
): Promise<UndoOutcome[]> {
  const { entries, refusals } = await undoableJournal(options);
  const newestFirst = [...entries].reverse();
  const platform = deps.platform ?? currentPlatform();
  const isPrivileged = deps.isPrivileged ?? isProcessPrivileged();
  // On Windows the elevated undos share one UAC prompt; the others (and every other OS) run one by one.
  const batched =
    platform === 'win32' && !isPrivileged
      ? newestFirst.filter((e) => isWindowsUndoBatchable(e, options.dataDir))
      : [];
  const fromBatch =
    batched.length > 0
      ? await undoWindowsBatch(batched, options, deps.runner ?? runCommand)
      : new Map<string, UndoOutcome>();
  const outcomes: UndoOutcome[] = [];
  for (const entry of newestFirst)
    outcomes.push(fromBatch.get(entry.id) ?? (await undoEntrySafely(entry, options, deps)));
  return [...refusals, ...outcomes.reverse()];
}

/**
 * The journal as undo may run it: valid entries, older raw-argv entries that today's builders rebuild
 * exactly, and a refusal (never a run) for every other entry.
 */
export async function undoableJournal(
  options: Pick<CoreOptions, 'dataDir' | 'lang'>,
): Promise<{ entries: JournalEntry[]; refusals: UndoOutcome[] }> {
  const t = translator(options.lang);
  const { entries, unchecked } = await readJournalChecked(options.dataDir);
  const refusals: UndoOutcome[] = [];
  const all = [...entries];
  for (const u of unchecked) {
    const recognised = u.kind === 'legacy' ? fromLegacy(u, options.dataDir) : undefined;
    if (recognised) all.push(recognised);
    else refusals.push(notRun(u, t));
  }
  return { entries: all, refusals };
}

function fromLegacy(u: UncheckedEntry, dataDir: string): JournalEntry | undefined {
  if (typeof u.raw !== 'object' || u.raw === null) return undefined;
  const legacy = legacyUndoSchema.safeParse(Reflect.get(u.raw, 'undo'));
  const record = legacy.success ? recordFromLegacy(legacy.data, dataDir) : undefined;
  if (!record) return undefined;
  const entry = journalEntrySchema.safeParse({ ...u.raw, undo: record });
  return entry.success ? entry.data : undefined;
}

/** The sentence for a journal entry that is never run: which one, and why. */
export function notRun(u: UncheckedEntry, t: ReturnType<typeof translator>): UndoOutcome {
  const name = u.title ?? u.id ?? '?';
  return {
    id: u.id ?? '?',
    ok: false,
    message:
      u.kind === 'legacy'
        ? t('fixes:undo.legacyNotRun', { title: name })
        : t('fixes:undo.invalidNotRun', { title: name, why: u.why }),
  };
}

/** One entry's undo; a bug in one (a command that cannot be built) does not stop the others. */
async function undoEntrySafely(
  entry: JournalEntry,
  options: UndoOptions,
  deps: UndoDeps,
): Promise<UndoOutcome> {
  try {
    return await undoEntry(entry, options, deps);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      id: entry.id,
      ok: false,
      message: translator(options.lang)('fixes:undo.failed', {
        title: entry.title,
        error: why.slice(0, 300),
      }),
    };
  }
}

/** Reverts one entry (used by undoEverything and by apply when a change fails halfway). */
export async function undoEntry(
  entry: JournalEntry,
  options: UndoOptions,
  deps: UndoDeps = {},
): Promise<UndoOutcome> {
  const t = translator(options.lang);
  const run = deps.runner ?? runCommand;
  const platform = deps.platform ?? currentPlatform();
  const isPrivileged = deps.isPrivileged ?? isProcessPrivileged();
  // Rebuilt from the record by the builders that applied it: the journal holds data, never commands.
  const undo = undoCommandsOf(entry.undo, options.dataDir);
  const wrap = (argv: readonly string[]) =>
    undo.needsElevation ? elevated(argv, platform, isPrivileged) : [...argv];
  const errors: string[] = [];
  for (const ref of undo.nftRules) {
    const res = await deleteRulesByComment(ref, run, wrap);
    if (!res.ok) errors.push(res.error ?? '');
  }
  for (const argv of undo.commands) {
    const res = await run(commandOf(wrap(argv)), options.env ? { env: options.env } : undefined);
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
