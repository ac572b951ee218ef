import type { CheckRun } from '../../shared/check-result';
import type { Translate } from '../../shared/i18n';
import { connectivityFailure } from '../../shared/results/common-cause';
import { groupByCause } from '../../shared/results/group-by-cause';

/** Which next step the summary's last line names (issue 15: the verdict with what to do next). */
export type NextStep = 'join' | 'connect' | 'askIt' | 'fixHere' | 'checkAgain';

/**
 * The one thing to do next. A cause on the way out (the company's proxy, firewall, DNS or filter) is for
 * IT, so the request to IT is the step; a cause on this PC is fixed here; nothing blocking is ready to join.
 */
export function nextStepOf(run: CheckRun): NextStep {
  if (run.ready) return 'join';
  if (connectivityFailure(run.checks)) return 'connect';
  const blocking = groupByCause(run.checks).filter((g) => g.isBlocking);
  if (blocking.some((g) => g.segment === 'proxy' || g.segment === 'network')) return 'askIt';
  if (blocking.length > 0) return 'fixHere';
  return 'checkAgain';
}

/** The sentence for the summary's last line, after the verdict. */
export function nextStepLine(t: Translate, run: CheckRun): string {
  return t(`cli:nextStep.${nextStepOf(run)}`);
}
