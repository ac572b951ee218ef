import { isReady, type CheckResult, type CheckRun } from '../../shared/check-result';
import { countStatuses, mergeChecks, type StatusCounts } from './check-progress';

export interface FinishSummary {
  /** notChecked: nothing failed, but the full run never completed, so "ready" would be a guess. */
  state: 'ready' | 'notReady' | 'notChecked';
  counts: StatusCounts;
  /** Both runs' results as one list, a re-run replacing what it re-checked. */
  checks: CheckResult[];
}

/** The last step's verdict over both runs; a failure found anywhere wins over an unfinished run. */
export function finishSummary(system: CheckRun | null, network: CheckRun | null): FinishSummary {
  const checks = mergeChecks(system?.checks, network?.checks);
  const counts = countStatuses(checks);
  if (!isReady(checks)) return { state: 'notReady', counts, checks };
  if (!network || network.cancelled) return { state: 'notChecked', counts, checks };
  return { state: 'ready', counts, checks };
}
