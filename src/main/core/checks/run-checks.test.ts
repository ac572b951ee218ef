import { afterEach, describe, expect, it } from 'vitest';
import { createCa, issueCertificate } from '../../../../test/fixtures/certificates';
import { startHttpServer } from '../../../../test/fixtures/http-server';
import {
  closedPort,
  hasPython,
  startDroppingServer,
  startSilentServer,
} from '../../../../test/fixtures/misbehaving-servers';
import {
  httpPort,
  networkCatalog,
  runNetwork,
  tcpPort,
  tlsPort,
} from '../../../../test/fixtures/network-run';
import type { RunningServer } from '../../../../test/fixtures/running-server';
import { startTlsServer } from '../../../../test/fixtures/tls-server';
import { checkRunSchema } from '../../../shared/check-result';
import type { CheckEvent } from '../../../shared/events';
import { createProxyResolver } from '../proxy/create-proxy-resolver';
import { runChecks } from './run-checks';

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function track<T extends RunningServer>(s: Promise<T>): Promise<T> {
  const server = await s;
  servers.push(server);
  return server;
}

describe('runChecks', () => {
  it('tcp_refused on a closed port, and skips the rest of that chain with the reason', async () => {
    const port = await closedPort();
    const { check, run } = await runNetwork(
      networkCatalog([
        { host: '127.0.0.1', ports: [tlsPort(port), tcpPort(port)], websocketPath: '/ws' },
      ]),
    );
    const tcp = check(`tcp:127.0.0.1:${port}`);
    expect(tcp).toMatchObject({
      status: 'fail',
      verdict: 'tcp_refused',
      detail: { error: { code: 'ECONNREFUSED', syscall: 'connect' } },
    });
    expect(tcp.message).toContain(`127.0.0.1 on port ${port} was refused`);
    for (const id of [`tls:127.0.0.1:${port}`, `websocket:127.0.0.1:${port}`]) {
      expect(check(id)).toMatchObject({
        status: 'skipped',
        verdict: 'skipped',
        message: `Not tested: the connection to 127.0.0.1:${port} failed.`,
      });
    }
    expect(run.ready).toBe(false);
    expect(checkRunSchema.safeParse(run).success).toBe(true);
  });

  it.skipIf(!hasPython())(
    'tcp_timeout when the port drops, and the chain behind it is skipped',
    async () => {
      const s = await track(startDroppingServer());
      const { check } = await runNetwork(
        networkCatalog([{ host: '127.0.0.1', ports: [tlsPort(s.port)] }]),
        { timeoutMs: 400 },
      );
      const tcp = check(`tcp:127.0.0.1:${s.port}`);
      expect(tcp).toMatchObject({
        status: 'fail',
        verdict: 'tcp_timeout',
        detail: { attempts: [{ address: '127.0.0.1', error: { code: 'ETIMEDOUT' } }] },
      });
      expect(tcp.message).toContain(`No answer from 127.0.0.1 on port ${s.port} within 400 ms`);
      expect(check(`tls:127.0.0.1:${s.port}`)).toMatchObject({ status: 'skipped' });
    },
  );

  it('dns_not_found through the OS resolver, and skips the chain', async () => {
    const { check } = await runNetwork(
      networkCatalog([{ host: 'nothing-here.invalid', ports: [443] }]),
    );
    const dns = check('dns:nothing-here.invalid');
    expect(dns).toMatchObject({
      status: 'fail',
      verdict: 'dns_not_found',
      detail: { resolver: 'os', error: { code: 'ENOTFOUND' } },
    });
    expect(dns.message).toContain('nothing-here.invalid does not exist');
    expect(check('tcp:nothing-here.invalid:443')).toMatchObject({
      status: 'skipped',
      message: 'Not tested: the name nothing-here.invalid could not be resolved.',
    });
    expect(check('tls:nothing-here.invalid:443')).toMatchObject({ status: 'skipped' });
  });

  it('an optional endpoint only warns, and keeps the run ready', async () => {
    const port = await closedPort();
    const ok = await track(startHttpServer());
    const catalog = networkCatalog([
      { host: '127.0.0.1', ports: [httpPort(ok.port)] },
      { host: 'localhost', ports: [tcpPort(port)], required: false },
    ]);
    const { check, run } = await runNetwork(catalog);
    const tcp = check(`tcp:localhost:${port}`);
    expect(tcp).toMatchObject({ status: 'warn', verdict: 'tcp_refused', required: false });
    expect(tcp.message).toContain('only a warning');
    expect(check('dns:localhost')).toMatchObject({ status: 'pass', required: false });
    expect(check(`http:127.0.0.1:${ok.port}`).required).toBeUndefined();
    expect(run.ready).toBe(true);
  });

  it('ready is false exactly when a required check failed; warnings never make it false', async () => {
    const failing = await track(startHttpServer({ status: 403 }));
    const erroring = await track(startHttpServer({ status: 503 }));
    const warnOnly = await runNetwork(
      networkCatalog([{ host: '127.0.0.1', ports: [httpPort(erroring.port)] }]),
    );
    expect(warnOnly.check(`http:127.0.0.1:${erroring.port}`).status).toBe('warn');
    expect(warnOnly.run.ready).toBe(true);
    const both = await runNetwork(
      networkCatalog([
        { host: '127.0.0.1', ports: [httpPort(erroring.port), httpPort(failing.port)] },
      ]),
    );
    expect(both.run.ready).toBe(false);
  });

  it('emits started before finished for every check, and run.finished last', async () => {
    const ok = await track(startHttpServer());
    const port = await closedPort();
    const { run, events } = await runNetwork(
      networkCatalog([{ host: '127.0.0.1', ports: [httpPort(ok.port), tlsPort(port)] }]),
    );
    const finished = events.filter((e) => e.type === 'check.finished');
    expect(finished).toHaveLength(run.checks.length);
    for (const c of run.checks) {
      const startedAt = events.findIndex((e) => e.type === 'check.started' && e.id === c.id);
      const finishedAt = events.findIndex(
        (e) => e.type === 'check.finished' && e.result.id === c.id,
      );
      expect(startedAt, c.id).toBeGreaterThanOrEqual(0);
      expect(startedAt, c.id).toBeLessThan(finishedAt);
    }
    expect(events.at(-1)).toEqual({
      type: 'run.finished',
      runId: 'test-run',
      ready: false,
      cancelled: false,
    });
    // Announced first, and exactly what the run then reported (a progress bar's maximum, issue 15).
    const planned = events.find((e) => e.type === 'run.planned');
    expect(events[0]?.type).toBe('run.planned');
    expect(planned).toEqual({
      type: 'run.planned',
      runId: 'test-run',
      expected: run.checks.length,
    });
    // The document lists checks in the catalog's order, step by step, whatever finished first.
    expect(run.checks.map((c) => c.id)).toEqual([
      'connectivity',
      'dns:127.0.0.1',
      `tcp:127.0.0.1:${ok.port}`,
      `http:127.0.0.1:${ok.port}`,
      `tcp:127.0.0.1:${port}`,
      `tls:127.0.0.1:${port}`,
    ]);
  });

  it('runs every chain at once: N stalled servers cost one timeout', async () => {
    const stalled = await Promise.all([1, 2, 3, 4, 5, 6].map(() => track(startSilentServer())));
    const startedAt = performance.now();
    const { run } = await runNetwork(
      networkCatalog(stalled.map((s) => ({ host: '127.0.0.1', ports: [tlsPort(s.port)] }))),
      { timeoutMs: 400 },
    );
    // One after another they would take 6 × 400 ms.
    expect(performance.now() - startedAt).toBeLessThan(1500);
    const failed = run.checks.filter((c) => c.verdict === 'tls_failed');
    expect(failed).toHaveLength(6);
    for (const c of failed) expect(c.durationMs).toBeLessThan(800);
  });

  it('cancels everything at once: in-flight and later checks end as cancelled', async () => {
    const ca = await createCa('Zoho Test Root', 'Zoho Test');
    const pem = await issueCertificate(ca, { commonName: 'localhost', altNames: ['localhost'] });
    const held = await track(startTlsServer({ pem, websocketPath: '/ws', holdMs: 5000 }));
    const stalled = await track(startSilentServer());
    const controller = new AbortController();
    let abortedAt = 0;
    // Cancel once the first connection is up, so the run has checks in flight and checks not yet begun.
    const onEvent = (e: CheckEvent) => {
      if (e.type === 'check.finished' && e.result.id === `tcp:localhost:${held.port}`) {
        setTimeout(() => {
          abortedAt = performance.now();
          controller.abort();
        }, 50);
      }
    };
    const { run, events } = await runNetwork(
      networkCatalog([
        { host: 'localhost', ports: [tlsPort(held.port)], websocketPath: '/ws' },
        { host: '127.0.0.1', ports: [httpPort(stalled.port)] },
      ]),
      {
        timeoutMs: 10_000,
        signal: controller.signal,
        extraCaPem: [ca.cert],
        groups: ['network', 'system', 'bandwidth'],
        onEvent,
      },
    );
    expect(abortedAt).toBeGreaterThan(0);
    expect(performance.now() - abortedAt).toBeLessThan(300);
    expect(run.cancelled).toBe(true);
    expect(run.ready).toBe(false);
    for (const id of [
      `tls:localhost:${held.port}`,
      `websocket:localhost:${held.port}`,
      `http:127.0.0.1:${stalled.port}`,
    ]) {
      expect(
        run.checks.find((c) => c.id === id),
        id,
      ).toMatchObject({ verdict: 'cancelled', status: 'skipped' });
    }
    expect(run.checks.find((c) => c.id === `tcp:localhost:${held.port}`)).toMatchObject({
      status: 'pass',
    });
    expect(events.at(-1)).toMatchObject({ type: 'run.finished', cancelled: true });
  });

  it('restricts the network checks to the hosts asked for, and fills the document', async () => {
    const ok = await track(startHttpServer());
    const catalog = networkCatalog([
      { host: '127.0.0.1', ports: [httpPort(ok.port)] },
      { host: 'localhost', ports: [httpPort(ok.port)] },
    ]);
    const run = await runChecks({
      catalog,
      lang: 'ja',
      runId: 'x',
      groups: ['network'],
      hosts: ['localhost'],
      timeoutMs: 2000,
      proxy: createProxyResolver({ env: {} }),
    });
    expect(run.checks.map((c) => c.id)).toEqual([
      'connectivity',
      'dns:localhost',
      `tcp:localhost:${ok.port}`,
      `http:localhost:${ok.port}`,
    ]);
    expect(run.checks[3]?.message).toBe(
      `localhost のポート ${ok.port} から応答がありました（HTTP 200）。`,
    );
    expect(run).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'session-prep' },
      lang: 'ja',
      catalog: { id: 'zoho-assist' },
      proxy: { url: null, source: 'none' },
    });
  });

  it('offline: the connectivity check fails first, and every vendor chain and the bandwidth check are skipped with that reason', async () => {
    const ok = await track(startHttpServer());
    const tls = await closedPort();
    const catalog = networkCatalog([
      { host: 'localhost', ports: [httpPort(ok.port), tlsPort(tls)], websocketPath: '/ws' },
    ]);
    const run = await runChecks({
      catalog: { ...catalog, bandwidth: { url: `http://localhost:${ok.port}/big` } },
      lang: 'en',
      runId: 'offline',
      groups: ['network', 'bandwidth'],
      timeoutMs: 2000,
      proxy: createProxyResolver({ env: {} }),
      connectivity: async () => ({ verdict: 'offline', variant: 'noRoute', detail: {} }),
    });
    expect(run.ready).toBe(false);
    const [first, ...rest] = run.checks;
    expect(first).toMatchObject({
      id: 'connectivity',
      kind: 'connectivity',
      status: 'fail',
      verdict: 'offline',
      message:
        'This PC is not connected to a network: it has no route out (no default route for IPv4 or IPv6).',
    });
    expect(first?.fix).not.toMatch(/firewall|proxy/i);
    expect(rest.map((c) => [c.id, c.status, c.verdict])).toEqual([
      ['dns:localhost', 'skipped', 'skipped'],
      [`tcp:localhost:${ok.port}`, 'skipped', 'skipped'],
      [`http:localhost:${ok.port}`, 'skipped', 'skipped'],
      [`tcp:localhost:${tls}`, 'skipped', 'skipped'],
      [`tls:localhost:${tls}`, 'skipped', 'skipped'],
      [`websocket:localhost:${tls}`, 'skipped', 'skipped'],
      ['bandwidth', 'skipped', 'skipped'],
    ]);
    for (const c of rest)
      expect(c.message).toBe('Not tested: this PC is not connected to a network.');
  });

  it('no DNS server: direct chains are skipped; behind a proxy it only warns and the proxied chain runs', async () => {
    const ok = await track(startHttpServer());
    const noDns = async () => ({ verdict: 'no_dns_server' as const, detail: { dnsServers: [] } });
    const direct = await runNetwork(
      networkCatalog([{ host: 'localhost', ports: [httpPort(ok.port)] }]),
      {
        connectivity: noDns,
      },
    );
    expect(direct.check('connectivity')).toMatchObject({
      status: 'fail',
      verdict: 'no_dns_server',
    });
    expect(direct.check('dns:localhost')).toMatchObject({
      status: 'skipped',
      message: 'Not tested: this PC has no DNS server configured.',
    });
    expect(direct.check(`tcp:localhost:${ok.port}`).status).toBe('skipped');
    const proxied = await runNetwork(
      networkCatalog([{ host: 'localhost', ports: [httpPort(ok.port)] }]),
      {
        connectivity: noDns,
        proxyUrl: `http://127.0.0.1:${ok.port}`,
      },
    );
    expect(proxied.check('connectivity')).toMatchObject({
      status: 'warn',
      verdict: 'no_dns_server',
    });
    expect(proxied.check('connectivity').message).toContain('The proxy resolves names itself');
    expect(proxied.check(`tcp:localhost:${ok.port}`).status).toBe('pass');
  });
});
