import { performance } from 'node:perf_hooks';
import type { Catalog, Endpoint } from '../src/shared/catalog';
import type { CheckRun } from '../src/shared/check-result';
import { builtInCatalog } from '../src/main/core/catalog/load-catalog';
import { runChecks } from '../src/main/core/checks/run-checks';
import { createProxyResolver } from '../src/main/core/proxy/create-proxy-resolver';
import { createCa, issueCertificate, type Pem } from '../test/fixtures/certificates';
import { startDnsServer, type DnsFixture } from '../test/fixtures/dns-server';
import { startHttpServer } from '../test/fixtures/http-server';
import type { RunningServer } from '../test/fixtures/running-server';
import { startTlsServer } from '../test/fixtures/tls-server';
import type { BenchSection } from './bench-types';

const HOLD_MS = 600;
const ENDPOINTS = 20;
const REPEATS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function timedRun(
  catalog: Catalog,
  dns: DnsFixture,
  ca: Pem,
): Promise<{ ms: number; run: CheckRun }> {
  const started = performance.now();
  const run = await runChecks({
    catalog,
    lang: 'en',
    runId: `bench-${Math.random()}`,
    groups: ['network'],
    timeoutMs: 5000,
    proxy: createProxyResolver({ env: {} }),
    // The stand-in CA stands in for the public roots: the stand-ins' chains are genuine.
    publicRootsPem: [ca.cert],
    osRoots: { source: 'none', roots: [] },
    // Every data centre's hosts, as this benchmark always measured them.
    region: { allRegions: true },
    // This namespace has only loopback (TEST-NET-1 is sent there by nftables): it is "offline" by design,
    // and the engine's concurrency, not the connectivity check, is what this measures.
    connectivity: async () => ({ verdict: 'ok', detail: {} }),
    dnsServers: [dns.address],
  });
  return { ms: performance.now() - started, run };
}

const only = (catalog: Catalog, endpoint: Endpoint): Catalog => ({
  ...catalog,
  endpoints: [endpoint],
});

/**
 * Runs inside the bench namespace (see engine.bench.ts). Issue 2's benchmark: N endpoints whose servers each hold their answer 600 ms must finish in about the
 * time of one; and the built-in catalog against local stand-ins, against its critical path.
 */
export async function measure(): Promise<BenchSection> {
  const servers: RunningServer[] = [];
  // The stand-in CA carries an expected issuer's name; since issue 12 it also stands in for the public roots.
  const ca = await createCa('DigiCert Stand-in CA', 'DigiCert Stand-in');
  const builtIn = builtInCatalog();
  const names = [
    ...builtIn.endpoints.map((e) => e.host),
    ...Array.from({ length: ENDPOINTS }, (_, i) => `h${i}.bench.test`),
  ];
  const pem = await issueCertificate(ca, { commonName: 'stand-in', altNames: names });
  // 192.0.2.0/24 (TEST-NET-1) exists only inside this namespace, where nftables sends it to loopback:
  // names must not resolve to 127.x, which the engine rightly reports as a DNS sinkhole.
  const dns = await startDnsServer(
    Object.fromEntries(names.map((n, i) => [n, { a: [`192.0.2.${(i % 250) + 1}`] }])),
  );
  try {
    // 1. Twenty slow endpoints at once against one alone.
    const slow: Endpoint[] = [];
    for (let i = 0; i < ENDPOINTS; i++) {
      const s = await startTlsServer({ pem, holdMs: HOLD_MS });
      servers.push(s);
      slow.push({ host: `h${i}.bench.test`, ports: [{ port: s.port, protocol: 'tls' }] });
    }
    const slowCatalog: Catalog = { ...builtIn, endpoints: slow, domains: ['*.bench.test'] };
    const alone: number[] = [];
    const all: number[] = [];
    let allOk = true;
    for (let r = 0; r < REPEATS; r++) {
      alone.push((await timedRun(only(slowCatalog, slow[0]!), dns, ca)).ms);
      const many = await timedRun(slowCatalog, dns, ca);
      all.push(many.ms);
      allOk &&= many.run.ready;
    }
    const ratio = median(all) / median(alone);

    // 2. The built-in catalog, every host answered by local stand-ins on the same shape of ports.
    const tls = await startTlsServer({ pem, websocketPath: '/w_socket' });
    const http = await startHttpServer({});
    servers.push(tls, http);
    const standIns: Catalog = {
      ...builtIn,
      endpoints: builtIn.endpoints.map((e) => ({
        ...e,
        ports: e.ports.map((p) =>
          p === 443
            ? { port: tls.port, protocol: 'tls' as const }
            : p === 80
              ? { port: http.port, protocol: 'http' as const }
              : p,
        ),
      })),
    };
    const chains: number[] = [];
    for (const e of standIns.endpoints)
      chains.push((await timedRun(only(standIns, e), dns, ca)).ms);
    const critical = Math.max(...chains);
    const whole: number[] = [];
    let checks = 0;
    for (let r = 0; r < REPEATS; r++) {
      const w = await timedRun(standIns, dns, ca);
      whole.push(w.ms);
      checks = w.run.checks.length;
    }
    const overhead = median(whole) - critical;
    return {
      title: 'Check engine: concurrency (issue 2)',
      rows: [
        {
          metric: `one endpoint held ${HOLD_MS} ms, alone`,
          value: Math.round(median(alone)),
          unit: 'ms',
        },
        {
          metric: `${ENDPOINTS} endpoints held ${HOLD_MS} ms, together`,
          value: Math.round(median(all)),
          unit: 'ms',
        },
        {
          metric: 'ratio together / alone',
          value: Number(ratio.toFixed(2)),
          unit: '×',
          goal: '≤ 1.2',
          ok: ratio <= 1.2 && allOk,
        },
        {
          metric: `built-in catalog (${standIns.endpoints.length} hosts, ${checks} checks): critical path`,
          value: Math.round(critical),
          unit: 'ms',
        },
        { metric: 'built-in catalog: whole run', value: Math.round(median(whole)), unit: 'ms' },
        {
          metric: 'built-in catalog: overhead over the critical path',
          value: Math.round(overhead),
          unit: 'ms',
        },
      ],
      notes: [
        `median of ${REPEATS} runs; servers on loopback, names answered by a DNS server on loopback`,
      ],
    };
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    await dns.close();
  }
}

// Run as a script inside the namespace: print the section as JSON for the parent.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  process.stdout.write(`${JSON.stringify(await measure())}\n`);
  process.exit(0);
}
