import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { builtInCatalog } from '../src/main/core/catalog/load-catalog';
import { probeBrowsers } from '../src/main/core/system/browser-check';
import { agentInstallDir, probeDisk } from '../src/main/core/system/disk-check';
import { probeDisplays } from '../src/main/core/system/display-probe';
import { probeOs } from '../src/main/core/system/os-probe';
import { listProcesses } from '../src/main/core/os/processes';
import {
  readSystemProxySettings,
  resolverFromSettings,
} from '../src/main/core/proxy/system-proxy-resolver';
import { runSystemChecks } from '../src/main/core/system/run-system-checks';
import type { BenchRow, BenchSection } from './bench-types';

const TITLE = 'System checks on this machine (issue 4)';
const RUNS = 5;

/** Runs `f` while sampling the event loop every millisecond; the max delay is the longest block. */
async function measured<T>(
  f: () => Promise<T>,
): Promise<{ value: T; ms: number; cpuMs: number; maxBlockMs: number; p99BlockMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await f();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  h.disable();
  // The histogram counts the sampling interval itself; subtract it to get the block.
  return {
    value,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    maxBlockMs: Math.max(0, h.max / 1e6 - 1),
    p99BlockMs: Math.max(0, h.percentile(99) / 1e6 - 1),
  };
}

/** The same measurement while doing nothing: on a shared machine, the delay other processes cause. */
function idleFor(ms: number): () => Promise<void> {
  return () => new Promise((resolve) => setTimeout(resolve, ms));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number) => Math.round(x * 10) / 10;

const pac = `function FindProxyForURL(url, host) {
  if (dnsDomainIs(host, ".zoho.com") || shExpMatch(host, "*.zohoassist.com")) return "PROXY 127.0.0.1:3128; DIRECT";
  if (isInNet(host, "10.0.0.0", "255.0.0.0")) return "DIRECT";
  return "DIRECT";
}`;

/**
 * A block a probe itself causes shows in every repetition; one caused by other jobs on this shared
 * machine (or a GC at a bad moment) does not. So: the smallest of the maxima over repetitions.
 */
async function reproducibleBlock(name: string, f: () => Promise<unknown>): Promise<BenchRow> {
  const maxima: number[] = [];
  for (let i = 0; i < RUNS; i++) maxima.push((await measured(f)).maxBlockMs);
  const value = Math.min(...maxima);
  return {
    metric: `${name}: reproducible max event-loop block (min of ${RUNS} maxima; median ${round(median(maxima))} ms)`,
    value: round(value),
    unit: 'ms',
    goal: '≤ 50 ms',
    ok: value <= 50,
  };
}

async function probeRows(): Promise<BenchRow[]> {
  const env = process.env;
  const platform = process.platform;
  const catalog = builtInCatalog();
  return [
    await reproducibleBlock('os probe', () => probeOs(platform, env)),
    await reproducibleBlock('browser probe', () => probeBrowsers(platform, env)),
    await reproducibleBlock('display probe', () => probeDisplays(platform, env)),
    await reproducibleBlock('disk probe', () => probeDisk(agentInstallDir(catalog, platform, env))),
    await reproducibleBlock('process list', () => listProcesses(platform)),
    await reproducibleBlock('OS proxy settings', () => readSystemProxySettings(env, platform)),
    await reproducibleBlock('whole system run', () => runSystemChecks({ catalog, lang: 'ja' })),
  ];
}

async function pacRows(): Promise<BenchRow[]> {
  const server = createServer((_req, res) => res.end(pac));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const hosts = [
    'assist.zoho.com',
    'join.zoho.com',
    'gateway.zohoassist.com',
    'downloads.zohocdn.com',
    'css.zohostatic.com',
    'assist.zoho.eu',
    'join.zoho.eu',
    'assist.zoho.in',
  ];
  const resolveAll = async () => {
    const resolve = resolverFromSettings({
      origin: 'wininet',
      pacUrl: `http://127.0.0.1:${port}/proxy.pac`,
      servers: {},
      bypass: [],
    });
    for (const host of hosts) await resolve({ host, port: 443, protocol: 'tls' });
  };
  try {
    const first = await measured(resolveAll);
    const warm = await measured(resolveAll);
    const again = await reproducibleBlock(`PAC fetch + thread + ${hosts.length} hosts`, resolveAll);
    return [
      again,
      {
        metric: `PAC fetch + compile + ${hosts.length} hosts, first use (loads pac-resolver and QuickJS)`,
        value: round(first.ms),
        unit: 'ms',
      },
      {
        metric: 'PAC, first use: max event-loop block',
        value: round(first.maxBlockMs),
        unit: 'ms',
        goal: '≤ 50 ms',
        ok: first.maxBlockMs <= 50,
      },
      {
        metric: `PAC fetch + compile + ${hosts.length} hosts, warm`,
        value: round(warm.ms),
        unit: 'ms',
      },
      { metric: 'PAC, warm: CPU time', value: round(warm.cpuMs), unit: 'ms' },
      {
        metric: 'PAC, warm: max event-loop block',
        value: round(warm.maxBlockMs),
        unit: 'ms',
        goal: '≤ 50 ms',
        ok: warm.maxBlockMs <= 50,
      },
    ];
  } finally {
    server.close();
  }
}

/** Every system probe, concurrently, as `session-prep check --only system` runs them. */
export async function run(): Promise<BenchSection> {
  const catalog = builtInCatalog();
  const once = () => runSystemChecks({ catalog, lang: 'ja' });
  const first = await measured(once);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measured(once));
  const totals = runs.map((r) => r.ms);
  const maxBlock = Math.max(...runs.map((r) => r.maxBlockMs));
  const idle = [];
  for (let i = 0; i < RUNS; i++) idle.push(await measured(idleFor(Math.round(median(totals)))));
  const slowest = new Map<string, number>();
  for (const r of runs)
    for (const c of r.value.results)
      slowest.set(c.id, Math.max(slowest.get(c.id) ?? 0, c.durationMs));
  const rows: BenchRow[] = [
    {
      metric: 'system checks total, first run (cold: modules, i18n)',
      value: round(first.ms),
      unit: 'ms',
      goal: '< 1000 ms',
      ok: first.ms < 1000,
    },
    {
      metric: `system checks total, median of ${RUNS}`,
      value: round(median(totals)),
      unit: 'ms',
      goal: '< 1000 ms',
      ok: median(totals) < 1000,
    },
    {
      metric: `system checks total, worst of ${RUNS}`,
      value: round(Math.max(...totals)),
      unit: 'ms',
      goal: '< 1000 ms',
      ok: Math.max(...totals) < 1000,
    },
    {
      metric: 'max event-loop block, first run',
      value: round(first.maxBlockMs),
      unit: 'ms',
      goal: '≤ 50 ms',
      ok: first.maxBlockMs <= 50,
    },
    {
      metric: `max event-loop block, worst of ${RUNS} runs`,
      value: round(maxBlock),
      unit: 'ms',
      goal: '≤ 50 ms',
      ok: maxBlock <= 50,
    },
    {
      metric: 'p99 event-loop block, worst run',
      value: round(Math.max(...runs.map((r) => r.p99BlockMs))),
      unit: 'ms',
    },
    {
      metric: `baseline: max event-loop delay while idle, worst of ${RUNS} (other processes)`,
      value: round(Math.max(...idle.map((r) => r.maxBlockMs))),
      unit: 'ms',
    },
    {
      metric: 'CPU time of this process per run, median',
      value: round(median(runs.map((r) => r.cpuMs))),
      unit: 'ms',
    },
    ...[...slowest].map(([id, ms]): BenchRow => ({
      metric: `slowest ${id}`,
      value: ms,
      unit: 'ms',
    })),
    ...(await probeRows()),
    ...(await pacRows()),
  ];
  return {
    title: TITLE,
    rows,
    notes: [
      `checks: ${first.value.results.map((r) => `${r.id}=${r.status}/${r.verdict}`).join(', ')}`,
      `load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(
          ' ',
        )} on a 2-core machine shared with other jobs; event-loop delay includes time the process waited for a CPU (compare with the idle baseline)`,
      'The PAC script runs on a worker thread (pac-resolver + QuickJS); the main thread only fetches it and exchanges messages. First use also loads fetch (undici) once per process.',
      'On Windows the probes run PowerShell (about 0.3–1 s each, concurrently); this figure is Linux only.',
    ],
  };
}

// `npx tsx bench/system.bench.ts` prints the section on its own.
if (process.argv[1]?.endsWith('system.bench.ts')) {
  const section = await run();
  console.log(JSON.stringify(section, null, 2));
}
