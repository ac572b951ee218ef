import type { FixApplyResult, FixPlan } from '../../../shared/fixes-schemas';
import type { CoreOptions } from '../context';
import { applyChanges } from './apply';
import { gatherFacts, type GatherDeps } from './gather-facts';
import { readJournal } from '../journal/journal';
import { scriptOf } from '../os/powershell';
import { shownUndoCommands, undoCommandsOf } from './undo-commands';
import type { JournalItem } from '../../../shared/fixes-schemas';
import { planFixes } from './planner';
import { publicChange, type PlannedChange } from './planned-change';
import { undoableJournal, undoEverything, type UndoDeps } from './undo';

export type FixesDeps = GatherDeps & UndoDeps & { now?: () => Date };
type Options = Pick<CoreOptions, 'catalog' | 'lang' | 'env' | 'dataDir'>;

/** The changes this PC needs now, with what the journal says Session Prep has already changed. */
export async function currentPlan(
  options: Options,
  deps: FixesDeps = {},
): Promise<{ plan: FixPlan; planned: PlannedChange[] }> {
  const facts = {
    ...(await gatherFacts(options.catalog, options.env, deps)),
    dataDir: options.dataDir,
  };
  const planned = planFixes(options.catalog, facts, options.lang);
  const { journal, notRun } = await journalView(options);
  const applied = new Set(
    (await readJournal(options.dataDir)).filter((e) => e.state === 'applied').map((e) => e.id),
  );
  const changes = planned.map((c) =>
    applied.has(c.id) && c.state === 'needed'
      ? { ...publicChange(c), state: 'applied' as const }
      : publicChange(c),
  );
  return {
    plan: {
      platform: facts.platform,
      changes,
      journal,
      ...(notRun.length ? { notRun } : {}),
    },
    planned,
  };
}

/** Applies the chosen changes of a freshly made plan (never of a plan the caller sends back). */
export async function applyFixes(
  options: Options,
  ids: readonly string[],
  deps: FixesDeps = {},
): Promise<FixApplyResult> {
  const { planned } = await currentPlan(options, deps);
  const outcomes = await applyChanges(
    planned,
    ids,
    {
      dataDir: options.dataDir,
      lang: options.lang,
      env: options.env,
      ...(deps.now ? { now: deps.now } : {}),
    },
    deps,
  );
  return { outcomes, plan: (await currentPlan(options, deps)).plan };
}

/** Reverts everything in the journal (ours and other areas', e.g. the IME setting). */
export async function undoFixes(options: Options, deps: FixesDeps = {}): Promise<FixApplyResult> {
  const outcomes = await undoEverything(options, deps);
  return { outcomes, plan: (await currentPlan(options, deps)).plan };
}

/** What this PC could not change itself and IT must (for the allow-list's request). */
export async function changesForIt(
  options: Options,
  deps: FixesDeps = {},
): Promise<{ title: string; reason: string }[]> {
  const { planned } = await currentPlan(options, deps);
  return planned
    .filter((c) => c.isForIt && c.state === 'not_possible')
    .map((c) => ({ title: c.title, reason: c.reason ?? '' }));
}

/**
 * The journal as undo sees it: each entry with the exact commands undo would run (rebuilt from its record),
 * and the entries it will not run, each with its sentence.
 */
export async function journalView(
  options: Pick<CoreOptions, 'dataDir' | 'lang'>,
): Promise<{ journal: JournalItem[]; notRun: { id: string; message: string }[] }> {
  const { entries, refusals } = await undoableJournal(options);
  const journal = entries.map((e) => {
    const commands = shownUndoCommands(undoCommandsOf(e.undo, options.dataDir));
    const scripts = commands.flatMap((argv) => scriptOf(argv) ?? []);
    return {
      id: e.id,
      title: e.title,
      appliedAt: e.appliedAt,
      undoCommands: commands,
      ...(scripts.length ? { undoScripts: scripts } : {}),
    };
  });
  return { journal, notRun: refusals.map(({ id, message }) => ({ id, message })) };
}
