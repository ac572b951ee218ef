import type { CheckResult } from '../../shared/check-result';
import type { CheckEvent } from '../../shared/events';
import { unreachable, type CheckKind, type Status } from '../../shared/verdicts';

/** A check seen on the event stream: started, and finished once `result` is set. */
export interface LiveCheck {
  id: string;
  kind: CheckKind;
  host: string | null;
  result: CheckResult | null;
}

/** Where one destination stands while a run is live. */
export interface HostProgress {
  /** The destination, or null for a check without one (bandwidth): then `kind` names the row. */
  host: string | null;
  kind: CheckKind;
  total: number;
  done: number;
  /** Of the finished checks, how many ran and how many were skipped (a failed step skips what follows). */
  ran: number;
  skipped: number;
  /** The worst status so far, or `running` while a check of this host is still going. */
  state: Status | 'running';
}

export type StatusCounts = Record<Status, number>;

// Worst first: one failing step decides how a host (or a run) reads.
const severity: readonly Status[] = ['fail', 'warn', 'skipped', 'pass'];

/** Folds one event of the run `runId` into the live list; events of other runs leave it untouched. */
export function applyCheckEvent(
  live: readonly LiveCheck[],
  event: CheckEvent,
  runId: string,
): readonly LiveCheck[] {
  if (event.runId !== runId) return live;
  switch (event.type) {
    case 'check.started':
      if (live.some((c) => c.id === event.id)) return live;
      return [
        ...live,
        { id: event.id, kind: event.kind, host: event.target?.host ?? null, result: null },
      ];
    case 'check.finished': {
      const { result } = event;
      const host = result.target?.host ?? null;
      const index = live.findIndex((c) => c.id === result.id);
      // A finish without a start (a skipped step, or an event we missed) still counts.
      if (index < 0) return [...live, { id: result.id, kind: result.kind, host, result }];
      return live.map((c, i) => (i === index ? { ...c, result } : c));
    }
    case 'bandwidth.sampled':
    case 'run.planned':
    case 'run.finished':
    case 'idle.progress':
      return live;
    default:
      return unreachable(event);
  }
}

/** Live checks rolled up per destination, in the order the destinations first appeared. */
export function hostProgress(live: readonly LiveCheck[]): HostProgress[] {
  const byHost = new Map<string, LiveCheck[]>();
  for (const check of live) {
    const key = check.host === null ? `kind:${check.kind}` : `host:${check.host}`;
    byHost.set(key, [...(byHost.get(key) ?? []), check]);
  }
  return [...byHost.values()].map((checks) => {
    const finished = checks.flatMap((c) => (c.result ? [c.result] : []));
    const running = finished.length < checks.length;
    const first = checks[0] as LiveCheck;
    return {
      host: first.host,
      kind: first.kind,
      total: checks.length,
      done: finished.length,
      ran: finished.filter((r) => r.status !== 'skipped').length,
      skipped: finished.filter((r) => r.status === 'skipped').length,
      state: running ? 'running' : worstStatus(finished.map((r) => r.status)),
    };
  });
}

/** The run's progress over the network and bandwidth checks: finished of the larger of announced and seen. */
export function runProgress(
  live: readonly LiveCheck[],
  expected: number | null,
): { done: number; total: number | null } {
  const done = live.filter((c) => c.result).length;
  return { done, total: expected === null ? null : Math.max(expected, live.length) };
}

/** The worst of some statuses; `pass` for none. */
export function worstStatus(statuses: readonly Status[]): Status {
  return severity.find((s) => statuses.includes(s)) ?? 'pass';
}

export function countStatuses(checks: readonly CheckResult[]): StatusCounts {
  const counts: StatusCounts = { pass: 0, warn: 0, fail: 0, skipped: 0 };
  for (const check of checks) counts[check.status] += 1;
  return counts;
}

/** Results of several runs as one list: a later run's result replaces an earlier one with the same id. */
export function mergeChecks(
  ...runs: ReadonlyArray<readonly CheckResult[] | undefined>
): CheckResult[] {
  const byId = new Map<string, CheckResult>();
  for (const checks of runs) for (const check of checks ?? []) byId.set(check.id, check);
  return [...byId.values()];
}
