import type { Socket } from 'node:net';
import type { ResolvedPort } from '../../../shared/catalog';
import { checkIds } from '../../../shared/check-ids';
import type { DnsDetail, SkipReason, TcpDetail } from '../../../shared/details';
import type { Lang } from '../../../shared/lang';
import { probeDns } from '../network/dns-probe';
import { probeHttp } from '../network/http-probe';
import type { ProxyDecision } from '../proxy/proxy-decision';
import { connectToProxy, connectTunnel } from '../proxy/proxy-tunnel';
import type { StepOutcome } from '../network/step-outcome';
import { connectTcp } from '../network/tcp-connect';
import type { IdleProgress } from '../idle/idle-progress';
import { probeTls } from '../network/tls-probe';
import type { TrustSet } from '../network/trust-store';
import { probeWebSocket } from '../network/websocket-probe';
import type { CheckBase, CheckRecorder } from './check-recorder';
import type { HostPlan } from './endpoint-plan';
import { runIdleStep, skipIdleStep, type IdleStepContext } from './idle-steps';

export interface ChainContext {
  recorder: CheckRecorder;
  timeoutMs: number;
  /** Added (issue 17): the idle test's silence, on each required port's TLS session or WebSocket. */
  idleSeconds?: number;
  /** Added (issue 17): the run's `idle.progress` events. */
  idleProgress?: IdleProgress;
  signal?: AbortSignal;
  dnsServers?: string[];
  /** Loaded while the first steps run: reading the OS store can take a PowerShell start. */
  trust: Promise<TrustSet>;
  expectedIssuers: readonly string[];
  domains: readonly string[];
  /** The catalog's product name, which fixes name ("the Zoho Assist domains"). */
  vendor: string;
  lang: Lang;
  /** Set when the connectivity check failed: every step of every chain is skipped with this reason. */
  skipAllBecause?: Extract<SkipReason, 'offline' | 'no_dns_server'>;
}

type Decided = { port: ResolvedPort; decision: ProxyDecision };

const ids = (host: string, port: number) => ({
  tcp: checkIds.tcp(host, port),
  tls: checkIds.tls(host, port),
  websocket: checkIds.websocket(host, port),
  http: checkIds.http(host, port),
});

/** The checks after the tcp step of one port; each is skipped with the reason once one fails. */
function laterSteps(plan: HostPlan, port: ResolvedPort): CheckBase[] {
  const id = ids(plan.host, port.port);
  const target = { host: plan.host, port: port.port };
  const base = { target, required: plan.required };
  if (port.protocol === 'tls') {
    return [
      { id: id.tls, kind: 'tls', ...base },
      ...(plan.websocketPath ? [{ id: id.websocket, kind: 'websocket' as const, ...base }] : []),
    ];
  }
  if (port.protocol === 'http') return [{ id: id.http, kind: 'http', ...base }];
  return [];
}

/** How many results one host's chain reports when nothing fails before it: DNS, then every port's steps. */
export function plannedChecks(plan: HostPlan, ports: readonly ResolvedPort[]): number {
  return 1 + ports.reduce((n, port) => n + 1 + laterSteps(plan, port).length, 0);
}

/** Opens a fresh connection the same way as the tcp step did (direct or through the proxy), unrecorded. */
type Reopen = () => Promise<Socket | undefined>;

async function afterConnect(
  plan: HostPlan,
  port: ResolvedPort,
  socket: Socket,
  proxy: URL | undefined,
  ctx: ChainContext,
  reopen: Reopen,
): Promise<void> {
  const { recorder: r, timeoutMs, signal } = ctx;
  const id = ids(plan.host, port.port);
  const target = { host: plan.host, port: port.port };
  const base = { target, required: plan.required };
  const step = { timeoutMs, ...(signal ? { signal } : {}) };
  if (port.protocol === 'tcp') return void socket.destroy();
  if (port.protocol === 'http') {
    await r.step({ id: id.http, kind: 'http', ...base }, () =>
      probeHttp(socket, plan.host, port.port, {
        ...step,
        domains: ctx.domains,
        ...(proxy ? { viaProxy: proxy } : {}),
      }),
    );
    return;
  }
  const trust = await ctx.trust;
  const tlsOptions = {
    ...step,
    trust,
    expectedIssuers: ctx.expectedIssuers,
    vendor: ctx.vendor,
    lang: ctx.lang,
  };
  const tls = await r.step({ id: id.tls, kind: 'tls', ...base }, () =>
    probeTls(socket, plan.host, port.port, tlsOptions),
  );
  const seconds = ctx.idleSeconds;
  const idle: IdleStepContext | undefined =
    seconds !== undefined && plan.required
      ? {
          recorder: r,
          seconds,
          timeoutMs,
          ...(signal ? { signal } : {}),
          ...(ctx.idleProgress ? { progress: ctx.idleProgress } : {}),
          target,
          required: plan.required,
        }
      : undefined;
  if (!plan.websocketPath) {
    const session = tls?.value;
    if (!idle || !session) return void session?.socket.destroy();
    // The session the tls step opened is the one held: it already went the way the agent's would.
    return runIdleStep({ kind: 'tls', session }, idle);
  }
  const wsBase: CheckBase<'websocket'> = { id: id.websocket, kind: 'websocket', ...base };
  if (!tls?.value) return r.skip(wsBase, 'tls', target);
  const path = plan.websocketPath;
  const session = tls.value;
  const ws = await r.step(wsBase, () =>
    probeWebSocket(session.socket, plan.host, port.port, path, {
      ...step,
      isIntercepted: session.isIntercepted,
      ...(session.device ? { device: session.device } : {}),
      isPathVerified: plan.isWebsocketVerified === true,
      vendor: ctx.vendor,
      lang: ctx.lang,
      keepOpen: idle !== undefined,
    }),
  );
  if (!idle || !ws || ws.verdict === 'cancelled') return;
  // The WebSocket the ws step opened is the one held: the connection a session's screen would use.
  if (ws.value)
    return runIdleStep({ kind: 'websocket', ws: ws.value, socket: session.socket }, idle);
  // No WebSocket opened (a 404 over a genuine session is still a pass, issue 12): its session went to
  // the upgrade's HTTP answer, so a fresh TLS session, opened the same way, is held instead.
  const status = 'response' in ws.detail ? ws.detail.response?.status : undefined;
  const fresh = await reopen();
  if (!fresh) return skipIdleStep(idle, 'tcp');
  const again = await probeTls(fresh, plan.host, port.port, tlsOptions);
  if (!again.value) {
    fresh.destroy();
    return skipIdleStep(idle, 'tls');
  }
  return runIdleStep(
    {
      kind: 'tls',
      session: again.value,
      ...(status !== undefined ? { websocketStatus: status } : {}),
    },
    idle,
  );
}

async function runPort(
  plan: HostPlan,
  { port, decision }: Decided,
  dns: Promise<StepOutcome<DnsDetail, string[]> | undefined>,
  ctx: ChainContext,
): Promise<void> {
  const r = ctx.recorder;
  const target = { host: plan.host, port: port.port };
  const tcpBase: CheckBase<'tcp'> = {
    id: ids(plan.host, port.port).tcp,
    kind: 'tcp',
    target,
    required: plan.required,
  };
  const skipAll = (reason: SkipReason) => {
    for (const b of [...(reason === 'tcp' ? [] : [tcpBase]), ...laterSteps(plan, port)])
      r.skip(b, reason, target);
  };
  if (decision.kind === 'failed') return skipAll('pac');
  // No DNS server: chains that go direct cannot start; those through a proxy can (it resolves).
  if (ctx.skipAllBecause === 'no_dns_server' && decision.kind === 'direct')
    return skipAll('no_dns_server');
  const step = { timeoutMs: ctx.timeoutMs, ...(ctx.signal ? { signal: ctx.signal } : {}) };
  let tcp: StepOutcome<TcpDetail, Socket> | undefined;
  let reopen: Reopen = () => Promise.resolve(undefined);
  const proxy = decision.kind === 'proxy' ? decision.url : undefined;
  if (proxy) {
    // An https:// proxy is trusted like any server: the run's trust set.
    const secureContext = proxy.protocol === 'https:' ? (await ctx.trust).context : undefined;
    const viaProxy = { ...step, ...(secureContext ? { secureContext } : {}) };
    reopen = async () => (await connectTunnel(proxy, plan.host, port.port, viaProxy)).value;
    // Plain HTTP goes to the proxy as an absolute-URI request; everything else through a CONNECT tunnel.
    tcp = await r.step(tcpBase, async () => {
      const o =
        port.protocol === 'http'
          ? await connectToProxy(proxy, viaProxy)
          : await connectTunnel(proxy, plan.host, port.port, viaProxy);
      // A CONNECT the proxy answered 200 has reached the vendor; a connection to the proxy for a plain
      // HTTP request has reached only the proxy (the HTTP step says whether the vendor answered).
      const variant = port.protocol === 'http' ? 'tcpToProxy' : 'tcpViaProxy';
      return o.verdict === 'ok'
        ? { ...o, variant, vars: { ...o.vars, host: plan.host, port: port.port } }
        : o;
    });
  } else {
    const resolved = await dns;
    if (!resolved?.value) return skipAll('dns');
    const addresses = resolved.value;
    reopen = async () => (await connectTcp(addresses, port.port, plan.host, step)).value;
    tcp = await r.step(tcpBase, () => connectTcp(addresses, port.port, plan.host, step));
  }
  if (!tcp?.value) {
    for (const b of laterSteps(plan, port)) r.skip(b, 'tcp', target);
    return;
  }
  await afterConnect(plan, port, tcp.value, proxy, ctx, reopen);
}

/**
 * One host: DNS once, then every port's chain at once. Proxied chains do not wait for DNS (the proxy
 * resolves), and a DNS failure is only a warning when no port of the host goes direct.
 */
export async function runHostChain(
  plan: HostPlan,
  decided: Decided[],
  ctx: ChainContext,
): Promise<void> {
  const r = ctx.recorder;
  if (ctx.skipAllBecause === 'offline') return skipHost(plan, decided, ctx);
  const failed = decided.find((d) => d.decision.kind === 'failed')?.decision;
  if (failed?.kind === 'failed') {
    await r.step(
      {
        id: checkIds.pac(plan.host),
        kind: 'proxy',
        target: { host: plan.host },
        required: plan.required,
      },
      async () => ({
        verdict: failed.verdict,
        vars: { host: plan.host, reason: failed.message },
        detail: failed.detail,
      }),
    );
  }
  const isBehindProxy =
    decided.some((d) => d.decision.kind === 'proxy') &&
    !decided.some((d) => d.decision.kind === 'direct');
  const dnsBase: CheckBase<'dns'> = {
    id: checkIds.dns(plan.host),
    kind: 'dns',
    target: { host: plan.host },
    required: plan.required,
  };
  if (ctx.skipAllBecause === 'no_dns_server') {
    r.skip(dnsBase, 'no_dns_server', { host: plan.host, port: 0 });
    await Promise.all(decided.map((d) => runPort(plan, d, Promise.resolve(undefined), ctx)));
    return;
  }
  const step = {
    timeoutMs: ctx.timeoutMs,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    ...(ctx.dnsServers ? { servers: ctx.dnsServers } : {}),
  };
  const dns = r.step(dnsBase, () => probeDns(plan.host, step), { isBehindProxy });
  await Promise.all([dns, ...decided.map((d) => runPort(plan, d, dns, ctx))]);
}

/** This PC is not connected: every step of the host is skipped with that reason, none is run. */
function skipHost(plan: HostPlan, decided: Decided[], ctx: ChainContext): void {
  const r = ctx.recorder;
  r.skip(
    {
      id: checkIds.dns(plan.host),
      kind: 'dns',
      target: { host: plan.host },
      required: plan.required,
    },
    'offline',
    { host: plan.host, port: 0 },
  );
  for (const { port } of decided) {
    const target = { host: plan.host, port: port.port };
    r.skip(
      { id: ids(plan.host, port.port).tcp, kind: 'tcp', target, required: plan.required },
      'offline',
      target,
    );
    for (const b of laterSteps(plan, port)) r.skip(b, 'offline', target);
  }
}
