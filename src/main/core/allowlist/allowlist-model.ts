import {
  catalogRefOf,
  isInDomains,
  resolvePort,
  type Catalog,
  type CatalogRef,
} from '../../../shared/catalog';
import { detailOf, type CheckRun } from '../../../shared/check-result';
import { interceptionProducts, isInterceptionProductId } from '../../../shared/interception';

export interface AllowlistHost {
  host: string;
  required: boolean;
  ports: { port: number; protocol: 'tls' | 'http' | 'tcp'; websocketPath?: string }[];
  /** Verdicts of the last run for this host, by check id. */
  tested: { id: string; status: string; verdict: string }[];
  /** Added (issue 15): the catalog's data centre of the host; absent or `global`: every data centre uses it. */
  region?: string;
}

/** What IT must allow, independent of the format it is written in. */
export interface AllowlistModel {
  product: CatalogRef;
  /** The catalog's domains, wildcards kept (`*.zoho.com`). */
  domains: string[];
  /** Endpoint hosts that no domain covers: they must be listed by name. */
  extraHosts: string[];
  hosts: AllowlistHost[];
  ports: { port: number; protocol: 'tls' | 'http' | 'tcp'; isWebSocket: boolean }[];
  /** Hosts to exclude from SSL inspection, with the issuer seen intercepting (from the last run). */
  sslInspection: { host: string; interceptedBy?: string }[];
  /**
   * Added (issue 12): who decrypted the last run's connections, by product: the request names the product
   * and asks in its own terms (`verdicts:interception.bypass.<productId>`). Product null: not named.
   */
  interceptors?: {
    product: string | null;
    productId?: string;
    place?: 'network' | 'pc';
    issuer: string;
    hosts: string[];
  }[];
  /** Added (issue 12): the catalog's source mark of each domain, where it has one. */
  domainNotes?: Record<string, string>;
  executables: { name: string; signer?: string }[];
  folders: { platform: 'win32' | 'darwin' | 'linux'; path: string }[];
  lastRun?: { startedAt: string };
  /** Changes this PC could not make itself (Tamper Protection, a policy, another antivirus): IT's to make. */
  pcChangesForIt?: { title: string; reason: string }[];
}

/** Builds the allow-list from the catalog, with the verdicts of the last run when there is one. */
export function buildAllowlist(
  catalog: Catalog,
  lastRun?: CheckRun,
  pcChangesForIt: AllowlistModel['pcChangesForIt'] = [],
): AllowlistModel {
  const checks = lastRun?.checks ?? [];
  const hosts: AllowlistHost[] = catalog.endpoints.map((e) => ({
    host: e.host,
    required: e.required !== false,
    ports: e.ports.map((p) => {
      const r = resolvePort(p);
      return r.protocol === 'tls' && e.websocketPath ? { ...r, websocketPath: e.websocketPath } : r;
    }),
    tested: checks
      .filter((c) => c.target?.host === e.host)
      .map((c) => ({ id: c.id, status: c.status, verdict: c.verdict })),
    ...(e.region === undefined ? {} : { region: e.region }),
  }));
  const ports = new Map<number, AllowlistModel['ports'][number]>();
  for (const h of hosts) {
    for (const p of h.ports) {
      const known = ports.get(p.port);
      // The agent speaks WebSocket over its TLS and HTTP ports (Zoho: "TCP and WebSocket ports 443 and 80").
      const isWebSocket = p.protocol !== 'tcp';
      ports.set(p.port, {
        port: p.port,
        protocol: known?.protocol ?? p.protocol,
        isWebSocket: (known?.isWebSocket ?? false) || isWebSocket,
      });
    }
  }
  const intercepted = new Map<string, string>();
  const interceptors = new Map<string, NonNullable<AllowlistModel['interceptors']>[number]>();
  for (const c of checks) {
    if (c.verdict !== 'tls_intercepted' || !c.target) continue;
    // The TLS probe names the certificate seen: its issuer identifies the inspecting device.
    const detail = detailOf(c, 'tls');
    const issuer = detail?.certificate?.issuer ?? '';
    intercepted.set(c.target.host, issuer);
    const named = detail?.interception;
    const key = named?.productId ?? `issuer:${issuer}`;
    const known = interceptors.get(key);
    if (known) {
      if (!known.hosts.includes(c.target.host)) known.hosts.push(c.target.host);
      continue;
    }
    const id = named?.productId;
    interceptors.set(key, {
      product: named?.product ?? null,
      ...(id && isInterceptionProductId(id)
        ? { productId: id, place: interceptionProducts[id].place }
        : {}),
      issuer,
      hosts: [c.target.host],
    });
  }
  const sslHosts = [
    ...new Set([
      ...catalog.domains,
      ...hosts.filter((h) => !isInDomains(h.host, catalog.domains)).map((h) => h.host),
    ]),
  ];
  const signer = catalog.agent.signer;
  return {
    product: catalogRefOf(catalog),
    domains: [...catalog.domains],
    extraHosts: hosts
      .map((h) => h.host)
      .filter((h, i, all) => !isInDomains(h, catalog.domains) && all.indexOf(h) === i),
    hosts,
    ports: [...ports.values()].sort((a, b) => b.port - a.port),
    sslInspection: [
      ...sslHosts.map((host): AllowlistModel['sslInspection'][number] => ({ host })),
      ...[...intercepted].map(([host, issuer]) => ({
        host,
        ...(issuer ? { interceptedBy: issuer } : {}),
      })),
    ].filter(
      (e, i, all) =>
        all.findIndex((o) => o.host === e.host && o.interceptedBy === e.interceptedBy) === i,
    ),
    ...(interceptors.size ? { interceptors: [...interceptors.values()] } : {}),
    ...(catalog.domainNotes ? { domainNotes: catalog.domainNotes } : {}),
    executables: catalog.agent.executables.map((name) => ({
      name,
      ...(/\.exe$/i.test(name) && signer?.win32 ? { signer: signer.win32 } : {}),
    })),
    folders: (['win32', 'darwin', 'linux'] as const).flatMap((platform) =>
      (catalog.agent.directories[platform] ?? []).map((path) => ({ platform, path })),
    ),
    ...(lastRun ? { lastRun: { startedAt: lastRun.startedAt } } : {}),
    ...(pcChangesForIt.length ? { pcChangesForIt } : {}),
  };
}

/** Squid/PAC form of a catalog domain: `*.zoho.com` → `.zoho.com` (Squid then also allows zoho.com itself). */
export function dotDomain(domain: string): string {
  return domain.startsWith('*.') ? domain.slice(1).toLowerCase() : domain.toLowerCase();
}
