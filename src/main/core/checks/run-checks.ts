import { hostname } from 'node:os';
import { catalogRefOf, type Catalog } from '../../../shared/catalog';
import { checkIds, portStepKinds } from '../../../shared/check-ids';
import type { CheckResult, CheckRun } from '../../../shared/check-result';
import { isReady } from '../../../shared/check-result';
import type { CheckEvent } from '../../../shared/events';
import type { Lang } from '../../../shared/lang';
import type { CheckGroup } from '../../../shared/verdicts';
import { runBandwidthCheck } from '../bandwidth/run-bandwidth-check';
import { decide, type ProxyDecision, type ProxyResolver } from '../proxy/proxy-decision';
import { connectToProxy } from '../proxy/proxy-tunnel';
import { proxyHostPort } from '../proxy/proxy-url';
import { probeConnectivity } from '../network/connectivity-probe';
import type { StepOutcome } from '../network/step-outcome';
import { loadTrust } from '../network/trust-store';
import type { ConnectivityDetail } from '../../../shared/details';
import type { OsRoots } from '../network/os-trust-store';
import type { CommandRunner } from '../os/run-command';
import { runSystemChecks } from '../system/run-system-checks';
import { toolName, toolVersion } from '../tool-info';
import { CheckRecorder } from './check-recorder';
import { scopeHosts, type HostScope, type RegionChoice } from './endpoint-plan';
import { plannedChecks, runHostChain, type ChainContext } from './host-chain';
import { IdleProgress } from '../idle/idle-progress';
import { proxyUsed } from '../proxy/proxy-used';

export interface RunChecksOptions {
  catalog: Catalog;
  lang: Lang;
  runId: string;
  /** Default: all of system, network and bandwidth. */
  groups?: CheckGroup[];
  /** Restrict the network checks to these endpoint hosts. */
  hosts?: string[];
  /** Limit of each network step. */
  timeoutMs: number;
  /** Added (issue 17): hold each required TLS session silent this long, then ask it for data. */
  idleSeconds?: number;
  proxy: ProxyResolver;
  extraCaPem?: string[];
  /** The invitation's data centre, or `--all-regions` (issue 12); by default the catalog's `defaultRegion`. */
  region?: RegionChoice;
  /** Where SESSION_PREP_PUBLIC_ROOTS and HOME come from. */
  env?: NodeJS.ProcessEnv;
  /** Replaces the public roots (tests); otherwise SESSION_PREP_PUBLIC_ROOTS or Node's bundled list. */
  publicRootsPem?: string[];
  /** Replaces the OS's roots (tests); otherwise read from the OS. */
  osRoots?: OsRoots;
  /** Replaces the connectivity probe (tests of the engine on a machine whose network the test cannot choose). */
  connectivity?: () => Promise<StepOutcome<ConnectivityDetail>>;
  platform?: NodeJS.Platform;
  run?: CommandRunner;
  /** "ip" or "ip:port": query these DNS servers directly (tests, the lab); otherwise the OS resolver. */
  dnsServers?: string[];
  signal?: AbortSignal;
  onEvent?: (e: CheckEvent) => void;
}

function untilAbort<T>(
  p: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort: () => T,
): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.resolve(onAbort());
  return new Promise<T>((resolve, reject) => {
    const stop = () => resolve(onAbort());
    signal.addEventListener('abort', stop, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/**
 * Whether this PC is connected at all, before any vendor chain (issue 12). Recorded when the network
 * group runs; the bandwidth check only reads it. No DNS server behind a proxy is a warning, as a local DNS
 * failure is there.
 */
async function connectivityOf(
  o: RunChecksOptions,
  r: CheckRecorder | undefined,
  decisions: readonly ProxyDecision[],
): Promise<StepOutcome<ConnectivityDetail> | undefined> {
  const proxied = decisions.filter((d) => d.kind === 'proxy');
  const probe = () =>
    o.connectivity?.() ??
    probeConnectivity({
      platform: o.platform ?? process.platform,
      lang: o.lang,
      hasProxy: proxied.length > 0,
      ...(proxied[0]?.kind === 'proxy' ? { proxy: proxyUsedUrl(proxied[0].url) } : {}),
      ...(o.run ? { run: o.run } : {}),
    });
  if (!r) return probe();
  const isBehindProxy = decisions.length > 0 && proxied.length === decisions.length;
  return r.step({ id: checkIds.connectivity, kind: 'connectivity', required: true }, probe, {
    isBehindProxy,
  });
}

function proxyUsedUrl(url: URL): string {
  const { host, port } = proxyHostPort(url);
  return `${host}:${port}`;
}

async function runNetwork(
  o: RunChecksOptions,
  r: CheckRecorder,
  scope: HostScope,
  connectivity: (
    decisions: readonly ProxyDecision[],
  ) => Promise<StepOutcome<ConnectivityDetail> | undefined>,
): Promise<Map<string, ProxyDecision>> {
  const trust = loadTrust({
    env: o.env ?? {},
    ...(o.extraCaPem ? { extraCaPem: o.extraCaPem } : {}),
    ...(o.publicRootsPem ? { publicRootsPem: o.publicRootsPem } : {}),
    ...(o.osRoots ? { osRoots: o.osRoots } : {}),
    ...(o.platform ? { platform: o.platform } : {}),
    ...(o.run ? { run: o.run } : {}),
  });
  // Keep an unhandled rejection from ending the process when the run is cancelled before TLS.
  trust.catch(() => undefined);
  const step = { timeoutMs: o.timeoutMs, ...(o.signal ? { signal: o.signal } : {}) };
  // Decisions first (fast: environment, settings, Chromium), so each proxy check knows whether any
  // required endpoint depends on it.
  const decidedPlans = await Promise.all(
    scope.plans.map(async (plan) => ({
      plan,
      decided: await Promise.all(
        plan.ports.map(async (port) => ({
          port,
          decision: await decide(o.proxy, {
            host: plan.host,
            port: port.port,
            protocol: port.protocol,
          }),
        })),
      ),
    })),
  );
  const connected = await connectivity(
    decidedPlans.flatMap((p) => p.decided.map((d) => d.decision)),
  );
  const skipAllBecause =
    connected?.verdict === 'offline' || connected?.verdict === 'no_dns_server'
      ? connected.verdict
      : undefined;
  const decisions = new Map<string, ProxyDecision>();
  const proxies = new Map<string, { url: URL; host: string; port: number; required: boolean }>();
  for (const { plan, decided } of decidedPlans) {
    for (const { port, decision } of decided) {
      decisions.set(`${plan.host}:${port.port}`, decision);
      if (decision.kind !== 'proxy') continue;
      const { host, port: proxyPort } = proxyHostPort(decision.url);
      const id = checkIds.proxy(host, proxyPort);
      const known = proxies.get(id);
      proxies.set(id, {
        url: decision.url,
        host,
        port: proxyPort,
        required: (known?.required ?? false) || plan.required,
      });
    }
  }
  const proxyChecks = [...proxies].map(([id, p]) => {
    const base = {
      id,
      kind: 'proxy' as const,
      target: { host: p.host, port: p.port },
      required: p.required,
    };
    if (skipAllBecause === 'offline') {
      r.skip(base, 'offline', { host: p.host, port: p.port });
      return Promise.resolve(undefined);
    }
    return r.step(base, async () => {
      // Whether the proxy answers at all; the chains open their own connections through it. An
      // https:// proxy is trusted like any server.
      const secureContext = (await trust).context;
      const { value: socket, ...outcome } = await connectToProxy(p.url, { ...step, secureContext });
      socket?.destroy();
      return outcome;
    });
  });
  const ctx: ChainContext = {
    recorder: r,
    timeoutMs: o.timeoutMs,
    ...(o.idleSeconds !== undefined
      ? { idleSeconds: o.idleSeconds, idleProgress: new IdleProgress(o.runId, (e) => r.emit(e)) }
      : {}),
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.dnsServers?.length ? { dnsServers: o.dnsServers } : {}),
    trust,
    expectedIssuers: o.catalog.tls.expectedIssuers,
    domains: o.catalog.domains,
    vendor: o.catalog.name,
    lang: o.lang,
    ...(skipAllBecause ? { skipAllBecause } : {}),
  };
  await Promise.all([
    ...proxyChecks,
    ...decidedPlans.map(({ plan, decided }) => runHostChain(plan, decided, ctx)),
  ]);
  ctx.idleProgress?.stop();
  return decisions;
}

async function runSystem(o: RunChecksOptions, r: CheckRecorder): Promise<Record<string, unknown>> {
  const seen = new Set<string>();
  const outcome = await untilAbort(
    runSystemChecks({
      catalog: o.catalog,
      lang: o.lang,
      ...(o.signal ? { signal: o.signal } : {}),
      onStarted: (id, kind) => r.started({ id, kind }),
      onFinished: (result) => {
        seen.add(result.id);
        r.finished(result);
      },
    }),
    o.signal,
    () => ({ results: [], facts: {} }),
  );
  // Results the system checks returned without announcing them still belong in the run.
  for (const result of outcome.results) if (!seen.has(result.id)) r.finished(result);
  return outcome.facts;
}

// A connect that has not completed in this long is a dropped port, not a handshake about to start.
const SILENT_WAIT_MS = 1000;

async function runBandwidth(
  o: RunChecksOptions,
  r: CheckRecorder,
  connected: Promise<StepOutcome<ConnectivityDetail> | undefined>,
  linkFree: Promise<void>,
): Promise<void> {
  const base = { id: checkIds.bandwidth, kind: 'bandwidth' as const, required: true };
  if (r.isCancelled) return r.cancelled(base);
  // Not connected: there is nothing to measure, and "unmeasured" would blame the vendor's addresses.
  const verdict = (await connected)?.verdict;
  if (verdict === 'offline') return r.skip(base, 'offline', { host: '', port: 0 });
  r.started(base);
  // Started (so the wizard shows it) but measured only once the network checks leave the link alone.
  await linkFree;
  const startedAt = performance.now();
  const result = await untilAbort<CheckResult | undefined>(
    runBandwidthCheck({
      catalog: o.catalog,
      lang: o.lang,
      proxy: o.proxy,
      timeoutMs: o.timeoutMs,
      ...(o.extraCaPem ? { extraCaPem: o.extraCaPem } : {}),
      env: o.env ?? {},
      ...(o.publicRootsPem ? { publicRootsPem: o.publicRootsPem } : {}),
      ...(o.osRoots ? { osRoots: o.osRoots } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
      onSample: (s) => r.emit({ type: 'bandwidth.sampled', runId: o.runId, ...s }),
    }),
    o.signal,
    () => undefined,
  );
  if (result) r.finished(result);
  else r.cancelled(base, performance.now() - startedAt);
}

// The catalog's order, step by step, for every host; the connectivity check before them all.
function plannedIds(scope: HostScope): Map<string, number> {
  const ids = [
    checkIds.connectivity,
    ...scope.plans.flatMap((p) => [
      checkIds.pac(p.host),
      checkIds.dns(p.host),
      ...p.ports.flatMap((q) => portStepKinds.map((k) => checkIds[k](p.host, q.port))),
    ]),
  ];
  return new Map(ids.map((id, i) => [id, i]));
}

// Stable order for readers, whatever finished first: proxies, the catalog's hosts, system, bandwidth.
function order(checks: CheckResult[], planned: Map<string, number>): CheckResult[] {
  const group = (c: CheckResult) =>
    c.kind === 'proxy' && !planned.has(c.id)
      ? 0
      : planned.has(c.id)
        ? 1
        : c.kind === 'bandwidth'
          ? 3
          : 2;
  return checks
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        group(a.c) - group(b.c) ||
        (planned.get(a.c.id) ?? a.i) - (planned.get(b.c.id) ?? b.i) ||
        a.i - b.i,
    )
    .map(({ c }) => c);
}

/** Runs the groups' checks all at once under one signal, and returns the contract's result document. */
export async function runChecks(o: RunChecksOptions): Promise<CheckRun> {
  const startedAt = new Date();
  const t0 = performance.now();
  const groups = new Set<CheckGroup>(
    o.groups?.length ? o.groups : ['system', 'network', 'bandwidth'],
  );
  const r = new CheckRecorder({
    runId: o.runId,
    lang: o.lang,
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.onEvent ? { onEvent: o.onEvent } : {}),
  });
  const scope = scopeHosts(o.catalog, o.region ?? {}, o.lang, o.hosts);
  r.emit({
    type: 'run.planned',
    runId: o.runId,
    expected:
      (groups.has('network')
        ? 1 + scope.plans.reduce((n, p) => n + plannedChecks(p, p.ports), 0)
        : 0) + (groups.has('bandwidth') ? 1 : 0),
  });
  // One connectivity answer for the network chains and the bandwidth check: recorded with the network
  // group, only read by a bandwidth-only run.
  type Connected = StepOutcome<ConnectivityDetail> | undefined;
  let connected: Promise<Connected> | undefined;
  let announce: (c: Promise<Connected>) => void = () => undefined;
  const announced = new Promise<Connected>((resolve) => (announce = (c) => resolve(c)));
  const connectivity = (decisions: readonly ProxyDecision[]) => {
    connected ??= connectivityOf(o, groups.has('network') ? r : undefined, decisions);
    announce(connected);
    return connected;
  };
  const network = groups.has('network')
    ? runNetwork(o, r, scope, connectivity)
    : Promise.resolve(new Map<string, ProxyDecision>());
  const linkFree = groups.has('network')
    ? r.networkQuiet(SILENT_WAIT_MS, network)
    : Promise.resolve();
  // The bandwidth check waits for the network group's answer, or for that group to end without one.
  const forBandwidth = groups.has('network')
    ? Promise.race([announced, network.then(() => undefined)])
    : connectivity([]);
  const [facts, decisions] = await Promise.all([
    groups.has('system') ? runSystem(o, r) : Promise.resolve({}),
    network,
    groups.has('bandwidth') ? runBandwidth(o, r, forBandwidth, linkFree) : Promise.resolve(),
  ]);
  const checks = order(r.results, plannedIds(scope));
  const cancelled = o.signal?.aborted === true;
  // A cancelled run never claims readiness: what did not run was not proven.
  const ready = isReady(checks) && !cancelled;
  r.emit({ type: 'run.finished', runId: o.runId, ready, cancelled });
  return {
    schemaVersion: 1,
    tool: { name: toolName, version: toolVersion },
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    ready,
    // The PC's name on every run (network-only ones too): how `summarize` tells a fleet's PCs apart and
    // pairs two runs of one PC. Redaction replaces it like any host name (report/personal-names.ts).
    system: { hostname: hostname(), ...facts },
    checks,
    catalog: catalogRefOf(o.catalog),
    proxy: proxyUsed(decisions),
    lang: o.lang,
    ...(cancelled ? { cancelled: true } : {}),
    ...(groups.has('network') && scope.notTested.length ? { notTested: scope.notTested } : {}),
    ...(groups.has('network') ? { dataCentre: scope.dataCentre } : {}),
  };
}
