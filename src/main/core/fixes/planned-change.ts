import type { Translate } from '../../../shared/i18n';
import type { FixChange } from '../../../shared/fixes-schemas';
import { expandAgentPath, type PathContext } from './agent-paths';
import type { JournalEntry } from '../journal/journal';
import { scriptOf } from '../os/powershell';

/** A change as the planner makes it: what the user sees, plus what the journal records to undo it. */
export interface PlannedChange extends FixChange {
  journalUndo: JournalEntry['undo'];
  /** Not possible here, and the fix belongs in IT's request (a managed antivirus, a policy). */
  isForIt?: boolean;
}

/** What the user and the API see of a planned change (the journal's undo stays inside core). */
export function publicChange(change: PlannedChange): FixChange {
  const { journalUndo: _journalUndo, isForIt: _isForIt, ...visible } = change;
  // An encoded command is exact but unreadable: the script inside goes along for the person deciding.
  const scripts = change.commands.flatMap((argv) => {
    const script = scriptOf(argv);
    return script === undefined ? [] : [script];
  });
  return scripts.length ? { ...visible, scripts } : visible;
}

/** Catalog folders made concrete, and the sentence for each one refused. */
export function expandFolders(
  raw: readonly string[],
  ctx: PathContext,
  t: Translate,
): { paths: string[]; refusals: string[] } {
  const paths: string[] = [];
  const refusals: string[] = [];
  for (const r of raw) {
    const v = expandAgentPath(r, ctx);
    if (v.ok) {
      if (!paths.includes(v.path)) paths.push(v.path);
    } else refusals.push(t(`fixes:pathRefusal.${v.reason}`, { path: r }));
  }
  return { paths, refusals };
}
