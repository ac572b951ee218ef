import type { Catalog } from '../../../shared/catalog';
import type { CheckResult, CheckRun } from '../../../shared/check-result';

/** Runs the network checks for some hosts; null when the engine cannot run them (then no before/after is shown). */
export type HostChecks = (hosts: string[]) => Promise<CheckRun | null>;

/** The hosts whose checks a firewall change affects: the catalog's required endpoints. */
export function affectedHosts(catalog: Catalog): string[] {
  return [...new Set(catalog.endpoints.filter((e) => e.required !== false).map((e) => e.host))];
}

/** The results of a run that concern these hosts, for a before/after view. */
export function resultsFor(
  run: CheckRun | null | undefined,
  hosts: readonly string[],
): CheckResult[] {
  return (run?.checks ?? []).filter((c) => c.target !== undefined && hosts.includes(c.target.host));
}

/**
 * Around a change: the checks before (the last run's, or a fresh one) and after. Without a working
 * engine there is no recheck, rather than an invented one.
 */
export async function withRecheck<T>(
  catalog: Catalog,
  lastRun: CheckRun | undefined,
  checks: HostChecks,
  change: () => Promise<T>,
): Promise<{ value: T; recheck?: { before: CheckResult[]; after: CheckResult[] } }> {
  const hosts = affectedHosts(catalog);
  const beforeRun = resultsFor(lastRun, hosts).length > 0 ? lastRun : await checks(hosts);
  const value = await change();
  if (!beforeRun) return { value };
  const afterRun = await checks(hosts);
  if (!afterRun) return { value };
  return {
    value,
    recheck: { before: resultsFor(beforeRun, hosts), after: resultsFor(afterRun, hosts) },
  };
}
