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
import { trustContext } from '../network/trust-store';
import { runSystemChecks } from '../system/run-system-checks';
import { toolName, toolVersion } from '../tool-info';
import { CheckRecorder } from './check-recorder';
import { planHosts } from './endpoint-plan';
import { runHostChain, type ChainContext } from './host-chain';
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
  proxy: ProxyResolver;
  extraCaPem?: string[];
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

async function runNetwork(
  o: RunChecksOptions,
  r: CheckRecorder,
): Promise<Map<string, ProxyDecision>> {
  const secureContext = trustContext(o.extraCaPem);
  const step = { timeoutMs: o.timeoutMs, secureContext, ...(o.signal ? { signal: o.signal } : {}) };
  // Decisions first (fast: environment, settings, Chromium), so each proxy check knows whether any
  // required endpoint depends on it.
  const decidedPlans = await Promise.all(
    planHosts(o.catalog, o.hosts).map(async (plan) => ({
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
  const proxyChecks = [...proxies].map(([id, p]) =>
    r.step(
      { id, kind: 'proxy', target: { host: p.host, port: p.port }, required: p.required },
      async () => {
        // Whether the proxy answers at all; the chains open their own connections through it.
        const { value: socket, ...outcome } = await connectToProxy(p.url, step);
        socket?.destroy();
        return outcome;
      },
    ),
  );
  const ctx: ChainContext = {
    recorder: r,
    timeoutMs: o.timeoutMs,
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.dnsServers?.length ? { dnsServers: o.dnsServers } : {}),
    secureContext,
    expectedIssuers: o.catalog.tls.expectedIssuers,
    domains: o.catalog.domains,
  };
  await Promise.all([
    ...proxyChecks,
    ...decidedPlans.map(({ plan, decided }) => runHostChain(plan, decided, ctx)),
  ]);
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

async function runBandwidth(o: RunChecksOptions, r: CheckRecorder): Promise<void> {
  const base = { id: checkIds.bandwidth, kind: 'bandwidth' as const, required: true };
  if (r.isCancelled) return r.cancelled(base);
  r.started(base);
  const startedAt = performance.now();
  const result = await untilAbort<CheckResult | undefined>(
    runBandwidthCheck({
      catalog: o.catalog,
      lang: o.lang,
      proxy: o.proxy,
      timeoutMs: o.timeoutMs,
      ...(o.extraCaPem ? { extraCaPem: o.extraCaPem } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
      onSample: (s) => r.emit({ type: 'bandwidth.sampled', runId: o.runId, ...s }),
    }),
    o.signal,
    () => undefined,
  );
  if (result) r.finished(result);
  else r.cancelled(base, performance.now() - startedAt);
}

// The catalog's order, step by step, for every host.
function plannedIds(o: RunChecksOptions): Map<string, number> {
  const ids = planHosts(o.catalog, o.hosts).flatMap((p) => [
    checkIds.pac(p.host),
    checkIds.dns(p.host),
    ...p.ports.flatMap((q) => portStepKinds.map((k) => checkIds[k](p.host, q.port))),
  ]);
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
  const [facts, decisions] = await Promise.all([
    groups.has('system') ? runSystem(o, r) : Promise.resolve({}),
    groups.has('network') ? runNetwork(o, r) : Promise.resolve(new Map<string, ProxyDecision>()),
    groups.has('bandwidth') ? runBandwidth(o, r) : Promise.resolve(),
  ]);
  const checks = order(r.results, plannedIds(o));
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
  };
}
