import type { Translate } from '../../../shared/i18n';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { commandOf, failureText, runCommand } from '../os/run-command';
import { elevated, isElevationRefusal } from '../os/elevation';
import { currentPlatform, isProcessPrivileged, type OsPlatform } from '../os/platform';
import { applyWindowsBatch, isWindowsBatchable } from './apply-windows';
import { readJournal, recordChange, removeEntry, type JournalEntry } from '../journal/journal';
import type { PlannedChange } from './planned-change';
import { undoEntry, type UndoDeps, type UndoOutcome } from './undo';

export interface ApplyOptions {
  dataDir: string;
  lang: Lang;
  now?: () => Date;
  /** The environment the commands (and a failed change's undo) run in. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Applies the chosen changes, each journaled as `applying` before its first command and `applied` after
 * the last, so a crash or a kill at any point leaves an entry that undo can revert. On Windows, the changes
 * that need elevation share one UAC prompt (apply-windows.ts); elsewhere each runs on its own.
 */
export async function applyChanges(
  plan: readonly PlannedChange[],
  ids: readonly string[],
  options: ApplyOptions,
  deps: UndoDeps = {},
): Promise<UndoOutcome[]> {
  const t = translator(options.lang);
  const platform = deps.platform ?? currentPlatform();
  const isPrivileged = deps.isPrivileged ?? isProcessPrivileged();
  const batchOnWindows = platform === 'win32' && !isPrivileged;
  const outcomes: (UndoOutcome | undefined)[] = [];
  const batch: { index: number; change: PlannedChange }[] = [];
  for (const [index, id] of ids.entries()) {
    const change = plan.find((c) => c.id === id);
    if (!change) outcomes[index] = { id, ok: false, message: t('fixes:apply.unknown', { id }) };
    else if (change.state === 'not_possible')
      outcomes[index] = {
        id,
        ok: false,
        message: t('fixes:apply.notPossible', { title: change.title, reason: change.reason ?? '' }),
      };
    else if ((await readJournal(options.dataDir)).some((e) => e.id === id && e.state === 'applied'))
      outcomes[index] = { id, ok: true, message: t('fixes:apply.done', { title: change.title }) };
    else if (batchOnWindows && isWindowsBatchable(change, options.dataDir)) {
      if (!batch.some((b) => b.change.id === id)) batch.push({ index, change });
    } else
      outcomes[index] = await applyOne(
        change,
        journalEntryFor(change, platform, options),
        platform,
        options,
        deps,
        t,
      );
  }
  if (batch.length > 0) {
    const runs = batch.map((b) => ({
      change: b.change,
      entry: journalEntryFor(b.change, platform, options),
    }));
    const results = await applyWindowsBatch(runs, options, deps.runner ?? runCommand);
    for (const b of batch) outcomes[b.index] = results.get(b.change.id);
  }
  // A repeated id shares the outcome of its first mention.
  return ids.map(
    (id, i) =>
      outcomes[i] ??
      outcomes.find((o) => o?.id === id) ?? {
        id,
        ok: false,
        message: t('fixes:apply.unknown', { id }),
      },
  );
}

export function journalEntryFor(
  change: PlannedChange,
  platform: OsPlatform,
  options: ApplyOptions,
): JournalEntry {
  return {
    id: change.id,
    title: change.title,
    appliedAt: (options.now?.() ?? new Date()).toISOString(),
    platform,
    state: 'applying',
    area: 'fixes',
    undo: change.journalUndo,
  };
}

async function applyOne(
  change: PlannedChange,
  entry: JournalEntry,
  platform: OsPlatform,
  options: ApplyOptions,
  deps: UndoDeps,
  t: Translate,
): Promise<UndoOutcome> {
  const run = deps.runner ?? runCommand;
  const isPrivileged = deps.isPrivileged ?? isProcessPrivileged();
  const id = change.id;
  await recordChange(options.dataDir, entry);
  const wrap = (argv: readonly string[]) =>
    change.needsElevation ? elevated(argv, platform, isPrivileged) : [...argv];
  let failure: { error: string; isFirst: boolean; isDeclined: boolean } | undefined;
  for (const [i, argv] of change.commands.entries()) {
    const res = await run(commandOf(wrap(argv)));
    if (res.ok) continue;
    const error = failureText(res);
    failure = { error, isFirst: i === 0, isDeclined: isElevationRefusal(res.stderr) };
    break;
  }
  if (!failure) {
    await recordChange(options.dataDir, { ...entry, state: 'applied' });
    return { id, ok: true, message: t('fixes:apply.done', { title: change.title }) };
  }
  if (failure.isDeclined && failure.isFirst) {
    // Nothing ran: no second administrator prompt just to undo nothing.
    await removeEntry(options.dataDir, entry.id);
    return { id, ok: false, message: t('fixes:apply.declined', { title: change.title }) };
  }
  const undone = await undoEntry(entry, options, deps);
  const key = undone.ok ? 'fixes:apply.failed' : 'fixes:apply.failedKept';
  return {
    id,
    ok: false,
    message: t(key, { title: change.title, error: failure.error.slice(0, 500) }),
  };
}
