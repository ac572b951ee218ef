import type { CheckResult } from '../check-result';
import type { Status, Verdict } from '../verdicts';
import { pathSegmentIds, segmentOfCheck, severityOf, type PathSegmentId } from './path-segments';

/** Checks that share one cause (one verdict), with the worst status among them. */
export interface CauseGroup {
  verdict: Verdict;
  status: Status;
  /** Whether a required check in the group failed, i.e. this group is why the PC is not ready. */
  isBlocking: boolean;
  /** Where on the path the cause lies; null for system, bandwidth and not-run checks. */
  segment: PathSegmentId | null;
  checks: CheckResult[];
  /** Each host once, in the order its checks ran (empty for checks without a host). */
  hosts: string[];
  /** Each port once, in the order its checks ran. */
  ports: number[];
}

/**
 * Groups checks by verdict, each verdict being one cause with one fix. Worst groups first; among equals,
 * the cause nearer this PC first (it is the one to fix first), then the order the checks ran.
 */
export function groupByCause(checks: readonly CheckResult[]): CauseGroup[] {
  const byVerdict = new Map<Verdict, CheckResult[]>();
  for (const check of checks) {
    const list = byVerdict.get(check.verdict);
    if (list) list.push(check);
    else byVerdict.set(check.verdict, [check]);
  }
  const groups = [...byVerdict.entries()].map(([verdict, list], order) => {
    const worst = list.reduce((a, b) => (severityOf(b) > severityOf(a) ? b : a));
    const segment = list.map(segmentOfCheck).find((s) => s !== null) ?? null;
    return {
      order,
      group: {
        verdict,
        status: worst.status,
        isBlocking: list.some((c) => c.status === 'fail' && c.required !== false),
        segment,
        checks: list,
        hosts: [...new Set(list.flatMap((c) => (c.target ? [c.target.host] : [])))],
        ports: [
          ...new Set(list.flatMap((c) => (c.target?.port !== undefined ? [c.target.port] : []))),
        ],
      } satisfies CauseGroup,
      severity: severityOf(worst),
    };
  });
  groups.sort(
    (a, b) =>
      b.severity - a.severity ||
      segmentRank(a.group.segment) - segmentRank(b.group.segment) ||
      a.order - b.order,
  );
  return groups.map((g) => g.group);
}

function segmentRank(segment: PathSegmentId | null): number {
  return segment === null ? pathSegmentIds.length : pathSegmentIds.indexOf(segment);
}

/** The check whose fix comes first: the first required failure of the worst group, or null when nothing is wrong. */
export function firstThingToDo(checks: readonly CheckResult[]): CheckResult | null {
  const [worst] = groupByCause(checks);
  if (!worst || worst.status === 'pass' || worst.status === 'skipped') return null;
  return (
    worst.checks.find((c) => c.status === worst.status && c.fix) ??
    worst.checks.find((c) => c.status === worst.status) ??
    null
  );
}
