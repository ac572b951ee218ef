import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogSchema, resolvePort, type Catalog } from '../../../src/shared/catalog';
import { spawnInNs, stopChild, waitForLine } from './exec';
import { startDnsmasq, type DnsAnswer } from './dns-server';
import {
  applyOfficeFirewall,
  blockOnPc,
  shapeDownload,
  unshapeDownload,
  type FirewallAction,
} from './firewall';
import { makeLabCerts, type LabCerts } from './lab-certs';
import { squidPorts, startSquid } from './squid';
import { labCatalogPath, repoRoot, tsxBin as tsx } from './paths';
import {
  addHostAddresses,
  addr,
  cleanStaleLabs,
  createTopology,
  destroyTopology,
  type Topology,
} from './topology';
import type { InterceptorName } from '../../fixtures/interceptors';
import { sh } from './exec';
import type { HostBehaviourInput, VendorConfig } from './vendor-config';
import { hostBehaviourSchema } from './vendor-config';

export { labCatalogPath, repoRoot } from './paths';

export interface LabSpec {
  /** Defaults to test/lab/lab-catalog.json. */
  catalog?: Catalog;
  /** How a vendor host misbehaves (by host name); every other host is healthy. */
  hosts?: Record<string, HostBehaviourInput>;
  /** What the office DNS answers for a name other than its address. */
  dns?: Record<string, Exclude<DnsAnswer['kind'], 'address'>>;
  isDnsDropped?: boolean;
  /** The PC's resolver settings and hosts file (hosts by name: the lab address of each). */
  pcResolver?: { timeoutSec?: number; attempts?: number; hosts?: string[] };
  firewall?: { host: string; port: number; action: FirewallAction }[];
  /** The PC's own firewall refuses these connects (EACCES). */
  pcBlocks?: { host: string; port: number }[];
  /** Start the corporate proxy; these destinations are denied by its policy. */
  squid?: { deniedHosts: string[]; connectTimeoutSec?: number };
  /** Latency: each direction held this long by the relay (RTT = 2 ×). */
  relayDelayMs?: number;
  /**
   * Added (issue 17): the relay cuts these hosts' tunnels (every port) once they have been silent for
   * `afterMs`, as an idle timeout of a proxy or firewall does. Any entry puts the relay on the path.
   */
  idleCut?: Record<string, { afterMs: number; how: 'close' | 'reset' | 'blackhole' }>;
  lossPercent?: number;
  /** The PC has no default route: not connected (issue 12). */
  isPcWithoutRoute?: boolean;
  /** The PC's resolv.conf instead of the office's DNS (e.g. one without any nameserver). */
  pcResolvConf?: string;
}

export interface Lab {
  topology: Topology;
  dir: string;
  catalogPath: string;
  /**
   * The vendor CA: the lab's stand-in for the public roots (SESSION_PREP_PUBLIC_ROOTS), so a chain to it
   * is genuine, as a chain to a public CA is on a real network.
   */
  vendorCaPath: string;
  /** Squid's inspection CA, which `--ca` trusts as a company that inspects TLS does. */
  bumpCaPath: string;
  /** The roots of the SSL-inspection products' stand-ins the hosts use, one PEM bundle, for `--ca`. */
  interceptorRootsPath: string;
  certs: LabCerts;
  /** The address the PC reaches a host at (a relay front when there is latency). */
  ipOf(host: string): string;
  proxyUrl(door: keyof typeof squidPorts, credentials?: string): string;
  shape(rateKbit: number, queueMs?: number): Promise<void>;
  /** Replaces the office firewall's rules and loss (the spec's DNS setting stays). */
  setFirewall(
    rules: { host: string; port: number; action: FirewallAction }[],
    lossPercent?: number,
  ): Promise<void>;
  unshape(): Promise<void>;
  close(): Promise<void>;
}

const LAB_USER = 'tanaka';
const LAB_PASSWORD = 'lab-pass-42';
export const labProxyCredentials = `${LAB_USER}:${LAB_PASSWORD}`;

/** Builds a whole lab: PC, office (router, firewall, DNS, proxy, relay), vendor. Tears down what it made on failure. */
export async function createLab(spec: LabSpec = {}): Promise<Lab> {
  await cleanStaleLabs();
  const catalog =
    spec.catalog ?? catalogSchema.parse(JSON.parse(await readFile(labCatalogPath, 'utf8')));
  const hostNames = catalog.endpoints.map((e) => e.host);
  const hostNumber = new Map(hostNames.map((h, i) => [h, 10 + i]));
  const hasRelay = (spec.relayDelayMs ?? 0) > 0 || Object.keys(spec.idleCut ?? {}).length > 0;
  const numberOf = (host: string) => {
    const n = hostNumber.get(host);
    if (n === undefined) throw new Error(`lab: ${host} is not a host of the lab catalog`);
    return n;
  };
  const ipOf = (host: string) =>
    hasRelay ? addr.relayHost(numberOf(host)) : addr.vendorHost(numberOf(host));
  for (const h of [
    ...Object.keys(spec.hosts ?? {}),
    ...Object.keys(spec.dns ?? {}),
    ...Object.keys(spec.idleCut ?? {}),
  ])
    numberOf(h);

  const dir = await mkdtemp(join(tmpdir(), 'sp-lab-'));
  const children: ChildProcess[] = [];
  let topology: Topology | undefined;
  const close = async () => {
    for (const c of children.reverse()) await stopChild(c);
    if (topology) await destroyTopology(topology);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const interceptorNames = [
      ...new Set(
        Object.values(spec.hosts ?? {})
          .map((h) => h.interceptor)
          .filter((n): n is string => n !== undefined),
      ),
    ] as InterceptorName[];
    const pcHosts = spec.pcResolver?.hosts?.map((h) => [h, ipOf(h)] as const);
    const [t, certs] = await Promise.all([
      createTopology({
        timeoutSec: spec.pcResolver?.timeoutSec,
        attempts: spec.pcResolver?.attempts,
        ...(pcHosts ? { hosts: Object.fromEntries(pcHosts) } : {}),
      }),
      makeLabCerts(hostNames, interceptorNames),
    ]);
    topology = t;
    await addHostAddresses(t, [...hostNumber.values()], hasRelay);

    const catalogPath = join(dir, 'catalog.json');
    const vendorCaPath = join(dir, 'vendor-ca.pem');
    const bumpCaPath = join(dir, 'inspection-ca.pem');
    const interceptorRootsPath = join(dir, 'interceptor-roots.pem');
    await writeFile(catalogPath, JSON.stringify(catalog));
    await writeFile(vendorCaPath, certs.vendorCa.cert);
    await writeFile(bumpCaPath, certs.bumpCa.cert);
    await writeFile(
      interceptorRootsPath,
      Object.values(certs.interceptors)
        .map((i) => i.root.cert)
        .join(''),
    );
    if (spec.isPcWithoutRoute) await sh('ip', ['-n', t.pc, 'route', 'del', 'default']);
    if (spec.pcResolvConf !== undefined)
      await writeFile(`/etc/netns/${t.pc}/resolv.conf`, spec.pcResolvConf);

    const tlsPorts = new Set<number>();
    const httpPorts = new Set<number>();
    for (const e of catalog.endpoints) {
      for (const p of e.ports.map(resolvePort))
        (p.protocol === 'http' ? httpPorts : tlsPorts).add(p.port);
    }
    const vendorConfig: VendorConfig = {
      hosts: hostNames.map((name) => ({
        ip: addr.vendorHost(numberOf(name)),
        name,
        behaviour: hostBehaviourSchema.parse(spec.hosts?.[name] ?? {}),
      })),
      certs: certs.vendor,
      tlsPorts: [...tlsPorts],
      httpPorts: [...httpPorts],
      bigFilePaths: [new URL(catalog.bandwidth.url).pathname],
    };
    const vendorConfigPath = join(dir, 'vendor.json');
    await writeFile(vendorConfigPath, JSON.stringify(vendorConfig));
    const vendor = spawnInNs(t.vendor, tsx, [
      join(repoRoot, 'test/lab/harness/vendor-server.ts'),
      vendorConfigPath,
    ]);
    children.push(vendor);
    // Listen from the start: the vendor may be ready before the rest of the lab is.
    const vendorReady = waitForLine(vendor, /vendor ready/, 20_000, 'the vendor servers');
    vendorReady.catch(() => undefined);

    const names = new Map<string, DnsAnswer>(
      hostNames.map((h) => {
        const kind = spec.dns?.[h];
        return [h, kind ? ({ kind } as DnsAnswer) : { kind: 'address', ip: ipOf(h) }];
      }),
    );
    children.push(await startDnsmasq(t.office, dir, addr.officeLan, names));

    if (hasRelay) {
      const relayConfigPath = join(dir, 'relay.json');
      const fronts = hostNames.flatMap((h) =>
        [...tlsPorts, ...httpPorts].map((port) => ({
          listenIp: addr.relayHost(numberOf(h)),
          targetIp: addr.vendorHost(numberOf(h)),
          port,
          ...(spec.idleCut?.[h] ? { idleCut: spec.idleCut[h] } : {}),
        })),
      );
      await writeFile(relayConfigPath, JSON.stringify({ delayMs: spec.relayDelayMs ?? 0, fronts }));
      const relay = spawnInNs(t.office, tsx, [
        join(repoRoot, 'test/lab/harness/relay-server.ts'),
        relayConfigPath,
      ]);
      children.push(relay);
      await waitForLine(relay, /relay ready/, 15_000, 'the delaying relay');
    }

    const setFirewall = (rules: NonNullable<LabSpec['firewall']>, lossPercent?: number) =>
      applyOfficeFirewall(t.office, {
        rules: rules.map((r) => ({ ip: ipOf(r.host), port: r.port, action: r.action })),
        isDnsDropped: spec.isDnsDropped,
        lossPercent,
      });
    await setFirewall(spec.firewall ?? [], spec.lossPercent);
    for (const b of spec.pcBlocks ?? []) await blockOnPc(t.pc, ipOf(b.host), b.port);

    if (spec.squid) {
      children.push(
        await startSquid(t.office, dir, {
          listenIp: addr.officeLan,
          dnsIp: addr.officeLan,
          vendorCaPem: certs.vendorCa.cert,
          bumpCa: certs.bumpCa,
          user: LAB_USER,
          password: LAB_PASSWORD,
          deniedHosts: spec.squid.deniedHosts,
          ...(spec.squid.connectTimeoutSec
            ? { connectTimeoutSec: spec.squid.connectTimeoutSec }
            : {}),
        }),
      );
    }
    await vendorReady;

    return {
      topology: t,
      dir,
      catalogPath,
      vendorCaPath,
      bumpCaPath,
      interceptorRootsPath,
      certs,
      ipOf,
      proxyUrl: (door, credentials) =>
        `http://${credentials ? `${credentials}@` : ''}${addr.officeLan}:${squidPorts[door]}`,
      shape: (rateKbit, queueMs) => shapeDownload(t.office, rateKbit, queueMs),
      unshape: () => unshapeDownload(t.office),
      setFirewall,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
