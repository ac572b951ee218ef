import { isReady, type CheckResult } from '../../shared/check-result';
import { commonCause, connectivityFailure } from '../../shared/results/common-cause';
import { groupOfKind } from '../../shared/verdicts';
import { worstStatus, type LiveCheck } from './check-progress';

/**
 * The Network step's run also holds the system checks (for the report); the step shows only the rest.
 * The browser's own checks (issue 17) speak through the disagreement block: the answer stays the app's.
 */
export function isNetworkSide(check: { kind: LiveCheck['kind'] }): boolean {
  return groupOfKind(check.kind) !== 'system' && check.kind !== 'chromium';
}

export type NetworkSummary = 'ready' | 'notReady' | 'warnOnly' | 'offline' | 'oneCause';

/**
 * The one sentence the customer reads first: nothing to do, something to pass to IT, or something to look
 * at; and (issue 12) "this PC is not connected" instead of a firewall, and one cause once for every host.
 */
export function networkSummary(checks: readonly CheckResult[]): NetworkSummary {
  if (connectivityFailure(checks)) return 'offline';
  if (!isReady(checks)) return commonCause(checks) ? 'oneCause' : 'notReady';
  return worstStatus(checks.map((c) => c.status)) === 'pass' ? 'ready' : 'warnOnly';
}
