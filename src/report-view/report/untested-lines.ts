import type { ReportDocument } from '../../shared/report-schemas';
import { causeView } from '../../shared/results/cause-view';

/** One reason something was not checked, with how many and which hosts it covers. */
export interface UntestedLine {
  reason: string;
  count: number;
  hosts: string[];
}

// "assist.zoho.eu: not checked; it belongs to the eu data centre…": the host, then the reason it shares.
const hostFirst = /^([a-z0-9.-]+\.[a-z]{2,}): (.+)$/i;

/**
 * What could not be checked, one line per reason (issue 15): the run's own list grouped by the reason
 * after its host, and the skipped checks no cause stopped, one line per reason. Skipped checks that a
 * cause stopped are counted under that cause instead; so are the warnings that are causes of their own.
 */
export function untestedLines(report: Pick<ReportDocument, 'untested' | 'checks'>): UntestedLine[] {
  const lines = new Map<string, UntestedLine>();
  const add = (reason: string, host: string | null) => {
    const line = lines.get(reason) ?? { reason, count: 0, hosts: [] };
    line.count += 1;
    if (host !== null && !line.hosts.includes(host)) line.hosts.push(host);
    lines.set(reason, line);
  };
  for (const item of report.untested) {
    if (item.id !== undefined) {
      // A check's own line: only the journal or the like, which no check result carries.
      if (!report.checks.some((c) => c.id === item.id)) add(item.reason, null);
      continue;
    }
    const m = hostFirst.exec(item.reason);
    if (m?.[1] && m[2]) add(upperFirst(m[2]), m[1]);
    else add(item.reason, null);
  }
  for (const line of causeView(report.checks).otherSkipped)
    for (const c of line.checks) add(line.message, c.target?.host ?? null);
  return [...lines.values()];
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
