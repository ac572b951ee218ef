import type { CheckResult } from '../check-result';
import { groupOfKind, type Verdict } from '../verdicts';
import { segmentOfVerdict, type PathSegmentId } from './path-segments';

/** One cause that every required vendor host shares (issue 12): one finding, all hosts under it. */
export interface CommonCause {
  verdict: Verdict;
  segment: PathSegmentId | null;
  /** The required hosts, in the order their checks ran. */
  hosts: string[];
  /** The failing checks that share the cause. */
  checks: CheckResult[];
}

const isVendorCheck = (c: CheckResult) =>
  groupOfKind(c.kind) === 'network' && c.kind !== 'connectivity' && c.kind !== 'proxy';

/** The connectivity check when it failed: this PC is not connected, and nothing beyond it was tried. */
export function connectivityFailure(checks: readonly CheckResult[]): CheckResult | null {
  return checks.find((c) => c.kind === 'connectivity' && c.status === 'fail') ?? null;
}

/**
 * When every required host (two or more) fails, and every required failure of theirs has one verdict,
 * that verdict is the one cause: the summary and the wizard say it once, with the hosts under it.
 */
export function commonCause(checks: readonly CheckResult[]): CommonCause | null {
  const required = checks.filter((c) => isVendorCheck(c) && c.required !== false && c.target);
  const hosts = [...new Set(required.map((c) => c.target?.host ?? ''))];
  if (hosts.length < 2) return null;
  const failing = required.filter((c) => c.status === 'fail');
  const verdicts = new Set(failing.map((c) => c.verdict));
  const [verdict] = verdicts;
  if (verdicts.size !== 1 || verdict === undefined) return null;
  const failed = new Set(failing.map((c) => c.target?.host));
  if (!hosts.every((h) => failed.has(h))) return null;
  return { verdict, segment: segmentOfVerdict(verdict), hosts, checks: failing };
}
