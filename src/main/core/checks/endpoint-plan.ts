import { resolvePort, type Catalog, type ResolvedPort } from '../../../shared/catalog';
import type { CheckRun } from '../../../shared/check-result';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';

/** Everything the checks do for one host: DNS once, then a chain per port. */
export interface HostPlan {
  host: string;
  ports: ResolvedPort[];
  websocketPath?: string;
  /** Whether the catalog marks the WebSocket path as confirmed by the vendor. */
  isWebsocketVerified?: boolean;
  /** False only when every catalog entry for the host is optional. */
  required: boolean;
}

/** Which data centre's hosts a run requires (issue 12): the invitation's, the catalog's default, or all. */
export interface RegionChoice {
  /** From a validated invitation (`--join`, the wizard's join step). */
  dataCentre?: string | null;
  /** `--all-regions`: every data centre's hosts, the others' only as warnings. */
  allRegions?: boolean;
}

export interface HostScope {
  plans: HostPlan[];
  /** Hosts of other data centres, not checked: the run's `notTested`, worded. */
  notTested: string[];
  dataCentre: NonNullable<CheckRun['dataCentre']>;
}

const isRegional = (region: string | undefined) => region !== undefined && region !== 'global';

/**
 * The catalog's endpoints merged per host (a host listed twice is checked once), for the data centre that
 * matters: hosts without a region (or `global`) always; the chosen data centre's as the catalog marks
 * them; another data centre's not at all (named in `notTested`), or with `--all-regions` as warnings. A
 * catalog without `defaultRegion`, and no invitation, checks every region as the catalog marks it.
 */
export function scopeHosts(
  catalog: Catalog,
  choice: RegionChoice,
  lang: Lang,
  onlyHosts?: readonly string[],
): HostScope {
  const invited = choice.dataCentre ?? undefined;
  const selected = invited ?? catalog.defaultRegion;
  const dataCentre: HostScope['dataCentre'] =
    selected === undefined
      ? { region: null, source: 'all' }
      : {
          region: selected,
          source: invited ? 'invitation' : choice.allRegions ? 'all' : 'default',
        };
  const wanted = onlyHosts?.length ? new Set(onlyHosts.map((h) => h.toLowerCase())) : undefined;
  const t = translator(lang);
  const notTested = new Map<string, string>();
  const plans = new Map<string, HostPlan>();
  for (const e of catalog.endpoints) {
    const host = e.host.toLowerCase();
    if (wanted && !wanted.has(host)) continue;
    const isOther = selected !== undefined && isRegional(e.region) && e.region !== selected;
    if (isOther && !choice.allRegions) {
      if (!plans.has(host) && !notTested.has(host))
        notTested.set(
          host,
          t('verdicts:scope.otherRegion', {
            host,
            region: e.region ?? '',
            selected,
            why: t(invited ? 'verdicts:scope.fromInvitation' : 'verdicts:scope.byDefault'),
          }),
        );
      continue;
    }
    notTested.delete(host);
    const plan = plans.get(host) ?? { host, ports: [], required: false };
    plan.required ||= e.required !== false && !isOther;
    if (e.websocketPath && !plan.websocketPath) {
      plan.websocketPath = e.websocketPath;
      plan.isWebsocketVerified = e.websocketVerified === true;
    }
    for (const p of e.ports.map(resolvePort)) {
      if (!plan.ports.some((q) => q.port === p.port)) plan.ports.push(p);
    }
    plans.set(host, plan);
  }
  return { plans: [...plans.values()], notTested: [...notTested.values()], dataCentre };
}
