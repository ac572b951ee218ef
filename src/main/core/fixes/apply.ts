import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { execRunner } from './command-runner';
import { elevated } from './elevation';
import { readJournal, recordChange, removeEntry, type JournalEntry } from './journal';
import type { PlannedChange } from './planned-change';
import { currentPlatform, isElevationRefusal, processIsPrivileged, undoEntry, type UndoDeps, type UndoOutcome } from './undo';

export interface ApplyOptions {
  dataDir: string;
  lang: Lang;
  now?: () => Date;
}

/**
 * Applies the chosen changes, each journaled as `applying` before its first command and `applied` after
 * the last, so a crash or a kill at any point leaves an entry that undo can revert.
 */
export async function applyChanges(plan: readonly PlannedChange[], ids: readonly string[], options: ApplyOptions, deps: UndoDeps = {}): Promise<UndoOutcome[]> {
  const t = translator(options.lang);
  const run = deps.runner ?? execRunner;
  const platform = deps.platform ?? currentPlatform();
  const isPrivileged = deps.isPrivileged ?? processIsPrivileged();
  const outcomes: UndoOutcome[] = [];
  for (const id of ids) {
    const change = plan.find((c) => c.id === id);
    if (!change) {
      outcomes.push({ id, ok: false, message: t('fixes:apply.unknown', { id }) });
      continue;
    }
    if (change.state === 'not_possible') {
      outcomes.push({ id, ok: false, message: t('fixes:apply.notPossible', { title: change.title, reason: change.reason ?? '' }) });
      continue;
    }
    const entry: JournalEntry = {
      id: change.id,
      title: change.title,
      appliedAt: (options.now?.() ?? new Date()).toISOString(),
      platform,
      state: 'applying',
      area: 'fixes',
      undo: change.journalUndo,
    };
    if ((await readJournal(options.dataDir)).some((e) => e.id === entry.id && e.state === 'applied')) {
      outcomes.push({ id, ok: true, message: t('fixes:apply.done', { title: change.title }) });
      continue;
    }
    await recordChange(options.dataDir, entry);
    const wrap = (argv: readonly string[]) => (change.needsElevation ? elevated(argv, platform, isPrivileged) : [...argv]);
    let failure: { error: string; isFirst: boolean; isDeclined: boolean } | undefined;
    for (const [i, argv] of change.commands.entries()) {
      const res = await run(wrap(argv));
      if (res.code === 0) continue;
      const error = res.startError ?? (res.stderr.trim() || `exit ${String(res.code)}`);
      failure = { error, isFirst: i === 0, isDeclined: isElevationRefusal(res.stderr) };
      break;
    }
    if (!failure) {
      await recordChange(options.dataDir, { ...entry, state: 'applied' });
      outcomes.push({ id, ok: true, message: t('fixes:apply.done', { title: change.title }) });
      continue;
    }
    if (failure.isDeclined && failure.isFirst) {
      // Nothing ran: no second administrator prompt just to undo nothing.
      await removeEntry(options.dataDir, entry.id);
      outcomes.push({ id, ok: false, message: t('fixes:apply.declined', { title: change.title }) });
      continue;
    }
    const undone = await undoEntry(entry, options, deps);
    const key = undone.ok ? 'fixes:apply.failed' : 'fixes:apply.failedKept';
    outcomes.push({ id, ok: false, message: t(key, { title: change.title, error: failure.error.slice(0, 500) }) });
  }
  return outcomes;
}
