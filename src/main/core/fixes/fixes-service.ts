import type { FixApplyResult, FixPlan } from '../../../shared/fixes-schemas';
import type { CoreOptions } from '../context';
import { applyChanges } from './apply';
import { gatherFacts, type GatherDeps } from './gather-facts';
import { readJournal } from '../journal/journal';
import { planFixes } from './planner';
import { publicChange, type PlannedChange } from './planned-change';
import { undoEverything, type UndoDeps } from './undo';

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
  const journal = await readJournal(options.dataDir);
  const applied = new Set(journal.filter((e) => e.state === 'applied').map((e) => e.id));
  const changes = planned.map((c) =>
    applied.has(c.id) && c.state === 'needed'
      ? { ...publicChange(c), state: 'applied' as const }
      : publicChange(c),
  );
  return {
    plan: {
      platform: facts.platform,
      changes,
      journal: journal.map((e) => ({ id: e.id, title: e.title, appliedAt: e.appliedAt })),
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
    { dataDir: options.dataDir, lang: options.lang, ...(deps.now ? { now: deps.now } : {}) },
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
