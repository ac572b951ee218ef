import type { CheckResult } from '../check-result';
import { fixesForCause } from './cause-fix';
import { groupByCause } from './group-by-cause';
import type { Lang } from '../lang';
import type { Status, Verdict } from '../verdicts';

/** One cause as the customer reads it: what is wrong, which hosts it hits, the fix once, and its proof. */
export interface CauseCard {
  verdict: Verdict;
  status: Status;
  isBlocking: boolean;
  /** Each host once, in the order its checks ran; empty for checks without a host (bandwidth, display). */
  hosts: string[];
  /** The cause's fix once, for all its hosts ("the 16 names above"), not the first host's. */
  fix: string | null;
  checks: CheckResult[];
  /** The checks that were not run because of this cause (same host, after the failing step). */
  skipped: CheckResult[];
}

/** Skipped checks that belong to no card, one line per reason. */
export interface SkippedLine {
  /** The first check's sentence: it names the reason. */
  message: string;
  checks: CheckResult[];
}

export interface CauseView {
  cards: CauseCard[];
  otherSkipped: SkippedLine[];
}

const hostOf = (c: CheckResult) => c.target?.host ?? null;
const uniq = (values: readonly (string | null)[]) => [
  ...new Set(values.filter((v): v is string => v !== null)),
];

/**
 * The problems of a run as cards: one per cause (verdict), hosts grouped under it, and the checks that were
 * skipped because a host failed earlier folded into the cause that stopped them. Passed checks are not here.
 */
export function causeView(checks: readonly CheckResult[], lang: Lang = 'en'): CauseView {
  const problems = checks.filter((c) => c.status !== 'pass' && c.status !== 'skipped');
  const skipped = checks.filter((c) => c.status === 'skipped');
  const cards: CauseCard[] = groupByCause(problems).map((g) => ({
    verdict: g.verdict,
    status: g.status,
    isBlocking: g.isBlocking,
    hosts: uniq(g.checks.map(hostOf)),
    fix: fixesForCause(lang, g, { hostsShownAbove: true }).join(' ') || null,
    checks: g.checks,
    skipped: [],
  }));
  const orphans: CheckResult[] = [];
  for (const check of skipped) {
    const host = hostOf(check);
    // The worst cause of that host stopped it: the first card (worst first) that lists the host.
    const card = host === null ? undefined : cards.find((c) => c.hosts.includes(host));
    if (card) card.skipped.push(check);
    else orphans.push(check);
  }
  const byReason = new Map<string, CheckResult[]>();
  for (const check of orphans) {
    const reason =
      check.detail && 'skippedBecause' in check.detail
        ? String(check.detail.skippedBecause)
        : check.kind;
    byReason.set(reason, [...(byReason.get(reason) ?? []), check]);
  }
  const otherSkipped = [...byReason.values()].map((list) => ({
    message: list[0]?.message ?? '',
    checks: list,
  }));
  return { cards, otherSkipped };
}
