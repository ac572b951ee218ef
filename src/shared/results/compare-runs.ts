import type { CheckResult, CheckRun } from '../check-result';
import type { ComparedCheck, RunComparison } from '../run-comparison';
import type { Verdict } from '../verdicts';
import { groupByCause } from './group-by-cause';

const isProblem = (c: CheckResult) => c.status === 'fail' || c.status === 'warn';

/**
 * Whether two runs asked the same question of the network: the same catalog (id and version) and the same
 * data centre. Another catalog checks other hosts; another data centre makes other hosts required, so a
 * host could look "fixed" only because it was no longer asked about.
 */
export function sameQuestion(earlier: CheckRun, now: CheckRun): boolean {
  return (
    earlier.catalog?.id === now.catalog?.id &&
    earlier.catalog?.version === now.catalog?.version &&
    (earlier.dataCentre?.region ?? null) === (now.dataCentre?.region ?? null)
  );
}

/**
 * What changed from `earlier` to `now`, by check id: fixed (a problem before, passed now), still failing
 * (a problem both times, whatever the verdict), newly failing (passed, skipped or absent before) and not
 * re-checked (a problem before, not run now; a skipped check is never "fixed"). Null when the runs did not
 * ask the same question, or when `earlier` was cancelled. Each list is grouped by cause, worst first.
 */
export function compareRuns(earlier: CheckRun, now: CheckRun): RunComparison | null {
  if (earlier.cancelled === true || !sameQuestion(earlier, now)) return null;
  const before = new Map(earlier.checks.map((c) => [c.id, c]));
  const fixed: CheckResult[] = [];
  const still: CheckResult[] = [];
  const fresh: CheckResult[] = [];
  const unknown: CheckResult[] = [];
  for (const check of now.checks) {
    const old = before.get(check.id);
    const wasProblem = old !== undefined && isProblem(old);
    if (isProblem(check)) (wasProblem ? still : fresh).push(check);
    else if (wasProblem && check.status === 'pass') fixed.push(old);
    else if (wasProblem) unknown.push(check);
  }
  const entry = (c: CheckResult): ComparedCheck => {
    const old = before.get(c.id);
    const current = now.checks.find((n) => n.id === c.id) ?? c;
    return {
      id: c.id,
      ...(c.target ? { host: c.target.host } : {}),
      before: old ? { status: old.status, verdict: old.verdict } : null,
      now: { status: current.status, verdict: current.verdict },
    };
  };
  // Grouped as the results are: one cause, one fix; a fixed check under the cause it had.
  const byCause = (list: CheckResult[]) => groupByCause(list).flatMap((g) => g.checks.map(entry));
  return {
    since: earlier.startedAt,
    fixed: byCause(fixed),
    stillFailing: byCause(still),
    newlyFailing: byCause(fresh),
    notRechecked: unknown.map(entry),
  };
}

/** The hosts of these checks, once each in their order; checks without a host (the OS, the disk) by id. */
export function hostsOf(list: readonly ComparedCheck[]): string[] {
  return [...new Set(list.map((c) => c.host ?? c.id))];
}

/** The entries grouped by cause: the earlier verdict for fixed checks, today's for the others. */
export function comparedByCause(
  list: readonly ComparedCheck[],
  side: 'before' | 'now',
): { verdict: Verdict; checks: ComparedCheck[] }[] {
  const groups = new Map<Verdict, ComparedCheck[]>();
  for (const c of list) {
    const verdict = (side === 'before' ? c.before : c.now)?.verdict ?? c.now.verdict;
    const group = groups.get(verdict);
    if (group) group.push(c);
    else groups.set(verdict, [c]);
  }
  return [...groups].map(([verdict, checks]) => ({ verdict, checks }));
}
