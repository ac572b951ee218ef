import { isReady, type CheckResult } from '../../shared/check-result';
import { groupOfKind } from '../../shared/verdicts';
import { worstStatus, type LiveCheck } from './check-progress';

/** The Network step's run also holds the system checks (for the report); the step shows only the rest. */
export function isNetworkSide(check: { kind: LiveCheck['kind'] }): boolean {
  return groupOfKind(check.kind) !== 'system';
}

export type NetworkSummary = 'ready' | 'notReady' | 'warnOnly';

/** The one sentence the customer reads first: nothing to do, something to pass to IT, or something to look at. */
export function networkSummary(checks: readonly CheckResult[]): NetworkSummary {
  if (!isReady(checks)) return 'notReady';
  return worstStatus(checks.map((c) => c.status)) === 'pass' ? 'ready' : 'warnOnly';
}
