import type { RunComparison } from '../../shared/run-comparison';

/**
 * One comparison over the wizard's runs (system and network): their lists together, since the older of
 * their earlier runs. Null when no run has an earlier one.
 */
export function mergeComparisons(
  ...comparisons: readonly (RunComparison | undefined)[]
): RunComparison | null {
  const present = comparisons.filter((c): c is RunComparison => c !== undefined);
  const [first, ...rest] = present;
  if (!first) return null;
  return rest.reduce<RunComparison>(
    (all, c) => ({
      since: Date.parse(c.since) < Date.parse(all.since) ? c.since : all.since,
      fixed: [...all.fixed, ...c.fixed],
      stillFailing: [...all.stillFailing, ...c.stillFailing],
      newlyFailing: [...all.newlyFailing, ...c.newlyFailing],
      notRechecked: [...all.notRechecked, ...c.notRechecked],
    }),
    first,
  );
}
