import type { CheckResult, ProxyUsed } from '../check-result';
import { groupOfKind, type Verdict } from '../verdicts';
import { commonCause, connectivityFailure } from './common-cause';
import { pathSegmentIds, segmentOfCheck, type PathSegmentId } from './path-segments';

/** How one stop of the path fared: `absent` is a proxy that is not used, `unknown` a stop no check reached. */
export type SegmentState = 'ok' | 'warn' | 'broken' | 'unknown' | 'absent';

export interface PathSegment {
  id: PathSegmentId;
  state: SegmentState;
  /** The checks that put a problem here. */
  checkIds: string[];
}

export interface PathPicture {
  segments: PathSegment[];
  /** The first stop, from this PC outwards, where a required check failed; null when nothing breaks. */
  breakAt: PathSegmentId | null;
  /** False when no network check ran, so the picture says nothing yet. */
  isTested: boolean;
  /** Added (issue 12): this PC is not connected (the connectivity check failed). */
  isOffline?: boolean;
  /** Added (issue 12): every required host stops at `breakAt` for this one cause. */
  oneCause?: { verdict: Verdict; hosts: number };
}

/** Where on "this PC → proxy → office network → vendor" the connection breaks, from the network checks. */
export function findPathBreak(
  checks: readonly CheckResult[],
  proxy?: ProxyUsed | null,
): PathPicture {
  const network = checks.filter((c) => groupOfKind(c.kind) === 'network' && c.status !== 'skipped');
  const problems = new Map<PathSegmentId, CheckResult[]>();
  for (const check of network) {
    if (check.status === 'pass') continue;
    const segment = segmentOfCheck(check);
    if (segment) problems.set(segment, [...(problems.get(segment) ?? []), check]);
  }
  const stateOf = (id: PathSegmentId): SegmentState | null => {
    const list = problems.get(id);
    if (!list) return null;
    return list.some((c) => c.status === 'fail' && c.required !== false) ? 'broken' : 'warn';
  };
  const breakAt = pathSegmentIds.find((id) => stateOf(id) === 'broken') ?? null;
  // A host that answered end to end proves every stop works for it, even if another host breaks earlier.
  const isVendorReached = network.some(
    (c) => c.status === 'pass' && (c.kind === 'tls' || c.kind === 'websocket' || c.kind === 'http'),
  );
  const hasProxy =
    (proxy?.url ?? null) !== null ||
    network.some((c) => c.kind === 'proxy' || segmentOfCheck(c) === 'proxy');
  const breakIndex = breakAt === null ? pathSegmentIds.length : pathSegmentIds.indexOf(breakAt);

  const segments = pathSegmentIds.map((id, index): PathSegment => {
    const checkIds = (problems.get(id) ?? []).map((c) => c.id);
    const own = stateOf(id);
    if (own) return { id, state: own, checkIds };
    if (id === 'proxy' && !hasProxy) return { id, state: 'absent', checkIds };
    if (network.length === 0) return { id, state: 'unknown', checkIds };
    if (index < breakIndex || isVendorReached) return { id, state: 'ok', checkIds };
    return { id, state: 'unknown', checkIds };
  });
  const common = commonCause(checks);
  return {
    segments,
    breakAt,
    isTested: network.length > 0,
    ...(connectivityFailure(checks) ? { isOffline: true } : {}),
    ...(common && common.segment === breakAt
      ? { oneCause: { verdict: common.verdict, hosts: common.hosts.length } }
      : {}),
  };
}
