import type { ComparedCheck, RunComparison } from '../../shared/run-comparison';

const lists = ['fixed', 'stillFailing', 'newlyFailing', 'notRechecked'] as const;

/** The comparison limited to these checks (a step shows only its own side of a run). */
export function comparisonOf(
  comparison: RunComparison | undefined,
  ids: ReadonlySet<string>,
): RunComparison | null {
  if (!comparison) return null;
  const keep = (list: ComparedCheck[]) => list.filter((c) => ids.has(c.id));
  return {
    since: comparison.since,
    fixed: keep(comparison.fixed),
    stillFailing: keep(comparison.stillFailing),
    newlyFailing: keep(comparison.newlyFailing),
    notRechecked: keep(comparison.notRechecked),
  };
}

/**
 * One comparison over the wizard's runs (system and network): each check once, a later run's entry
 * replacing an earlier one's (as a re-run replaces what it re-checked), since the older of their earlier
 * runs. Null when no run has an earlier one.
 */
export function mergeComparisons(
  ...comparisons: readonly (RunComparison | undefined)[]
): RunComparison | null {
  const present = comparisons.filter((c): c is RunComparison => c !== undefined);
  if (present.length === 0) return null;
  const latest = new Map<string, { list: (typeof lists)[number]; check: ComparedCheck }>();
  for (const c of present)
    for (const list of lists) for (const check of c[list]) latest.set(check.id, { list, check });
  const entries = [...latest.values()];
  const since = present
    .map((c) => c.since)
    .reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
  const pick = (list: (typeof lists)[number]) =>
    entries.filter((e) => e.list === list).map((e) => e.check);
  return {
    since,
    fixed: pick('fixed'),
    stillFailing: pick('stillFailing'),
    newlyFailing: pick('newlyFailing'),
    notRechecked: pick('notRechecked'),
  };
}
