import { resolvePort, type Catalog, type ResolvedPort } from '../../../shared/catalog';

/** Everything the checks do for one host: DNS once, then a chain per port. */
export interface HostPlan {
  host: string;
  ports: ResolvedPort[];
  websocketPath?: string;
  /** False only when every catalog entry for the host is optional. */
  required: boolean;
}

/** The catalog's endpoints merged per host (a host listed twice is checked once), optionally filtered. */
export function planHosts(catalog: Catalog, onlyHosts?: readonly string[]): HostPlan[] {
  const wanted = onlyHosts?.length ? new Set(onlyHosts.map((h) => h.toLowerCase())) : undefined;
  const plans = new Map<string, HostPlan>();
  for (const e of catalog.endpoints) {
    const host = e.host.toLowerCase();
    if (wanted && !wanted.has(host)) continue;
    const plan = plans.get(host) ?? { host, ports: [], required: false };
    plan.required ||= e.required !== false;
    if (e.websocketPath && !plan.websocketPath) plan.websocketPath = e.websocketPath;
    for (const p of e.ports.map(resolvePort)) {
      if (!plan.ports.some((q) => q.port === p.port)) plan.ports.push(p);
    }
    plans.set(host, plan);
  }
  return [...plans.values()];
}
