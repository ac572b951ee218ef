import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCertificate, type Pem } from '../../../../test/fixtures/certificates';
import {
  startConnectProxy,
  type ConnectProxyOptions,
} from '../../../../test/fixtures/connect-proxy';
import { startHttpServer } from '../../../../test/fixtures/http-server';
import { closedPort, startSilentServer } from '../../../../test/fixtures/misbehaving-servers';
import {
  httpPort,
  networkCatalog,
  runNetwork,
  tlsPort,
} from '../../../../test/fixtures/network-run';
import type { RunningServer } from '../../../../test/fixtures/running-server';
import { startTlsServer } from '../../../../test/fixtures/tls-server';
import { createProxyResolver } from '../proxy/create-proxy-resolver';

let ca: Pem;
let leaf: Pem;
const servers: RunningServer[] = [];
beforeAll(async () => {
  ca = await createCa('Zoho Test Root', 'Zoho Test');
  leaf = await issueCertificate(ca, {
    commonName: 'vendor.test',
    altNames: ['vendor.test', '127.0.0.1'],
  });
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function track<T extends RunningServer>(s: Promise<T>): Promise<T> {
  const server = await s;
  servers.push(server);
  return server;
}

async function vendor() {
  const tls = await track(startTlsServer({ pem: leaf, websocketPath: '/ws' }));
  const http = await track(startHttpServer());
  return { tls, http };
}

// A name the PC cannot resolve but the proxy can: the proxy's own DNS does the work.
async function proxyFor(o: ConnectProxyOptions = {}) {
  return track(startConnectProxy({ hostMap: { 'vendor.test': '127.0.0.1' }, ...o }));
}

const endpoints = (tlsP: number, httpP: number, host = 'vendor.test') => [
  { host, ports: [tlsPort(tlsP), httpPort(httpP)], websocketPath: '/ws' },
];

describe('checks through an HTTP proxy', () => {
  it('tunnels TLS and the WebSocket, sends plain HTTP as an absolute URI, and only warns about local DNS', async () => {
    const v = await vendor();
    const proxy = await proxyFor();
    const { check, run } = await runNetwork(networkCatalog(endpoints(v.tls.port, v.http.port)), {
      proxyUrl: `http://127.0.0.1:${proxy.port}`,
      publicRootsPem: [ca.cert],
      osRoots: { source: 'none', roots: [] },
    });
    const dns = check('dns:vendor.test');
    expect(dns).toMatchObject({ status: 'warn', verdict: 'dns_not_found' });
    expect(dns.message).toContain('The proxy resolves names itself');
    expect(check(`proxy:127.0.0.1:${proxy.port}`)).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      kind: 'proxy',
    });
    const tcp = check(`tcp:vendor.test:${v.tls.port}`);
    expect(tcp).toMatchObject({ status: 'pass', verdict: 'ok', detail: { via: 'CONNECT' } });
    expect(tcp.message).toContain(`through the proxy http://127.0.0.1:${proxy.port}`);
    expect(check(`tls:vendor.test:${v.tls.port}`)).toMatchObject({ status: 'pass', verdict: 'ok' });
    expect(check(`websocket:vendor.test:${v.tls.port}`)).toMatchObject({
      status: 'pass',
      verdict: 'ok',
    });
    const http = check(`http:vendor.test:${v.http.port}`);
    expect(http).toMatchObject({ status: 'pass', verdict: 'ok' });
    // Port 80 says what was proven: the tcp step reached only the proxy, the vendor's answer the rest.
    expect(check(`tcp:vendor.test:${v.http.port}`).message).toContain(
      `Reached the proxy http://127.0.0.1:${proxy.port} for vendor.test:${v.http.port}`,
    );
    expect(http.message).toContain(
      `answered through the proxy http://127.0.0.1:${proxy.port} (HTTP 200)`,
    );
    expect(v.tls.servernames).toContain('vendor.test');
    expect(proxy.seen).toEqual(
      expect.arrayContaining([`vendor.test:${v.tls.port}`, `http://vendor.test:${v.http.port}/`]),
    );
    expect(run.ready).toBe(true);
    expect(run.proxy).toEqual({ url: `http://127.0.0.1:${proxy.port}`, source: 'flag' });
    // Every connection the run opened (the proxy check's and each tunnel) is closed when it ends.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(proxy.openConnections?.()).toBe(0);
    expect(v.tls.openConnections?.()).toBe(0);
  });

  it('sends Basic credentials from the URL, and no message or detail shows them', async () => {
    const v = await vendor();
    const proxy = await proxyFor({ auth: { user: 'taro', pass: 'p@ss w0rd' } });
    const { check, run } = await runNetwork(networkCatalog(endpoints(v.tls.port, v.http.port)), {
      proxyUrl: `http://taro:p%40ss%20w0rd@127.0.0.1:${proxy.port}`,
      publicRootsPem: [ca.cert],
      osRoots: { source: 'none', roots: [] },
    });
    expect(check(`websocket:vendor.test:${v.tls.port}`)).toMatchObject({ status: 'pass' });
    expect(check(`http:vendor.test:${v.http.port}`)).toMatchObject({ status: 'pass' });
    expect(proxy.authorizations).toContain(
      `Basic ${Buffer.from('taro:p@ss w0rd').toString('base64')}`,
    );
    const text = JSON.stringify(run);
    for (const secret of ['taro', 'w0rd', 'p%40ss']) expect(text).not.toContain(secret);
  });

  it('proxy_auth_required (407) without credentials, for tunnels and plain HTTP alike', async () => {
    const v = await vendor();
    const proxy = await proxyFor({ auth: { user: 'u', pass: 'p' } });
    const { check, run } = await runNetwork(networkCatalog(endpoints(v.tls.port, v.http.port)), {
      proxyUrl: `http://127.0.0.1:${proxy.port}`,
    });
    const tcp = check(`tcp:vendor.test:${v.tls.port}`);
    expect(tcp).toMatchObject({
      status: 'fail',
      verdict: 'proxy_auth_required',
      detail: { response: { status: 407 } },
    });
    expect(tcp.message).toContain('asks for a user name and password (HTTP 407)');
    expect(check(`tls:vendor.test:${v.tls.port}`)).toMatchObject({
      status: 'skipped',
      verdict: 'skipped',
    });
    expect(check(`websocket:vendor.test:${v.tls.port}`)).toMatchObject({
      status: 'skipped',
      verdict: 'skipped',
    });
    expect(check(`http:vendor.test:${v.http.port}`)).toMatchObject({
      status: 'fail',
      verdict: 'proxy_auth_required',
    });
    expect(run.ready).toBe(false);
  });

  it('proxy_refused when the proxy denies CONNECT, with the status', async () => {
    const v = await vendor();
    const proxy = await proxyFor({ refuse: [`vendor.test:${v.tls.port}`] });
    const { check } = await runNetwork(networkCatalog(endpoints(v.tls.port, v.http.port)), {
      proxyUrl: `http://127.0.0.1:${proxy.port}`,
      publicRootsPem: [ca.cert],
      osRoots: { source: 'none', roots: [] },
    });
    const tcp = check(`tcp:vendor.test:${v.tls.port}`);
    expect(tcp).toMatchObject({ status: 'fail', verdict: 'proxy_refused' });
    expect(tcp.message).toContain(`refused the connection to vendor.test:${v.tls.port} (HTTP 403)`);
    expect(check(`http:vendor.test:${v.http.port}`)).toMatchObject({ status: 'pass' });
  });

  it('proxy_upstream_failed when the proxy answers but cannot reach the vendor (502), tunnel and plain HTTP', async () => {
    const [tlsGone, httpGone] = [await closedPort(), await closedPort()];
    const proxy = await proxyFor();
    const { check, run } = await runNetwork(networkCatalog(endpoints(tlsGone, httpGone)), {
      proxyUrl: `http://127.0.0.1:${proxy.port}`,
      extraCaPem: [ca.cert],
    });
    const tcp = check(`tcp:vendor.test:${tlsGone}`);
    expect(tcp).toMatchObject({ status: 'fail', verdict: 'proxy_upstream_failed' });
    expect(tcp.message).toContain(
      `answered, but it could not reach vendor.test:${tlsGone} (HTTP 502)`,
    );
    expect(tcp.fix).toContain('beyond the proxy');
    expect(check(`http:vendor.test:${httpGone}`)).toMatchObject({
      status: 'fail',
      verdict: 'proxy_upstream_failed',
    });
    // The proxy itself is fine.
    expect(check(`proxy:127.0.0.1:${proxy.port}`).verdict).toBe('ok');
    expect(run.ready).toBe(false);
  });

  it('proxy_unreachable when nothing answers at the proxy address', async () => {
    const port = await closedPort();
    const { check } = await runNetwork(
      networkCatalog([{ host: '127.0.0.1', ports: [tlsPort(443)] }]),
      { env: { https_proxy: `http://u:pw@127.0.0.1:${port}` } },
    );
    const proxyCheck = check(`proxy:127.0.0.1:${port}`);
    expect(proxyCheck).toMatchObject({
      status: 'fail',
      verdict: 'proxy_unreachable',
      detail: { error: { code: 'ECONNREFUSED' } },
    });
    expect(proxyCheck.message).toBe(`The proxy http://127.0.0.1:${port} cannot be reached.`);
    expect(check('tcp:127.0.0.1:443')).toMatchObject({
      status: 'fail',
      verdict: 'proxy_unreachable',
    });
    expect(check('tls:127.0.0.1:443')).toMatchObject({ status: 'skipped' });
  });

  it('speaks TLS to an https:// proxy, trusting it like any server', async () => {
    const v = await vendor();
    const proxy = await proxyFor({ tls: leaf });
    const url = `https://127.0.0.1:${proxy.port}`;
    const trusted = await runNetwork(networkCatalog(endpoints(v.tls.port, v.http.port)), {
      proxyUrl: url,
      publicRootsPem: [ca.cert],
      osRoots: { source: 'none', roots: [] },
    });
    expect(trusted.check(`proxy:127.0.0.1:${proxy.port}`)).toMatchObject({ status: 'pass' });
    expect(trusted.check(`websocket:vendor.test:${v.tls.port}`)).toMatchObject({ status: 'pass' });
    expect(trusted.check(`http:vendor.test:${v.http.port}`)).toMatchObject({ status: 'pass' });
    const untrusted = await runNetwork(networkCatalog(endpoints(v.tls.port, v.http.port)), {
      proxyUrl: url,
    });
    expect(untrusted.check(`proxy:127.0.0.1:${proxy.port}`)).toMatchObject({
      status: 'fail',
      verdict: 'proxy_unreachable',
      detail: { error: { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' } },
    });
    expect(untrusted.check(`tcp:vendor.test:${v.tls.port}`)).toMatchObject({
      status: 'fail',
      verdict: 'proxy_unreachable',
    });
  });

  it('a proxy only optional endpoints use only warns', async () => {
    const port = await closedPort();
    const { check, run } = await runNetwork(
      networkCatalog([{ host: '127.0.0.1', ports: [tlsPort(443)], required: false }]),
      { proxyUrl: `http://127.0.0.1:${port}` },
    );
    expect(check(`proxy:127.0.0.1:${port}`)).toMatchObject({
      status: 'warn',
      verdict: 'proxy_unreachable',
      required: false,
    });
    expect(run.ready).toBe(true);
  });

  it('tcp_timeout when the proxy takes CONNECT but the tunnel never opens', async () => {
    const silentProxy = await track(startSilentServer());
    const { check } = await runNetwork(
      networkCatalog([{ host: '127.0.0.1', ports: [tlsPort(443)] }]),
      { proxyUrl: `http://127.0.0.1:${silentProxy.port}`, timeoutMs: 400 },
    );
    expect(check(`proxy:127.0.0.1:${silentProxy.port}`)).toMatchObject({ status: 'pass' });
    const tcp = check('tcp:127.0.0.1:443');
    expect(tcp).toMatchObject({
      status: 'fail',
      verdict: 'tcp_timeout',
      detail: { reachedProxy: true },
    });
    expect(tcp.message).toContain('did not open a connection to 127.0.0.1:443 within 400 ms');
  });

  it('goes direct for NO_PROXY destinations only; loopback is not exempt by itself', async () => {
    const v = await vendor();
    const proxy = await proxyFor();
    const env = {
      HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`,
      HTTP_PROXY: `http://127.0.0.1:${proxy.port}`,
      NO_PROXY: `localhost,.corp.example`,
    };
    const catalog = networkCatalog([
      { host: 'localhost', ports: [httpPort(v.http.port)] },
      { host: '127.0.0.1', ports: [tlsPort(v.tls.port)] },
    ]);
    const { check, run } = await runNetwork(catalog, {
      env,
      publicRootsPem: [ca.cert],
      osRoots: { source: 'none', roots: [] },
    });
    expect(check(`http:localhost:${v.http.port}`)).toMatchObject({ status: 'pass' });
    expect(check(`tcp:localhost:${v.http.port}`).message).toBe(
      `Connected to localhost on port ${v.http.port}.`,
    );
    expect(check(`tcp:127.0.0.1:${v.tls.port}`).message).toContain('through the proxy');
    expect(proxy.seen).toEqual([`127.0.0.1:${v.tls.port}`]);
    expect(run.proxy).toMatchObject({
      source: 'env',
      hosts: {
        [`localhost:${v.http.port}`]: 'DIRECT',
        [`127.0.0.1:${v.tls.port}`]: `http://127.0.0.1:${proxy.port}`,
      },
    });
  });

  it('pac_failed gives a failed proxy check for the host and skips its chain', async () => {
    const proxy = createProxyResolver({
      env: {},
      chromium: async () => Promise.reject(new Error('PAC script download failed')),
    });
    const { check, run } = await runNetwork(
      networkCatalog([{ host: 'vendor.test', ports: [443], websocketPath: '/ws' }]),
      { proxy },
    );
    const pac = check('proxy:pac:vendor.test');
    expect(pac).toMatchObject({ status: 'fail', verdict: 'pac_failed', kind: 'proxy' });
    expect(pac.message).toBe(
      'The proxy for vendor.test could not be determined: the automatic setup script failed.',
    );
    // Why it failed is for support, in the detail (issue 15: no raw reasons in the sentence).
    expect(JSON.stringify(pac.detail)).toContain('PAC script download failed');
    for (const id of ['tcp:vendor.test:443', 'tls:vendor.test:443', 'websocket:vendor.test:443']) {
      expect(check(id)).toMatchObject({
        status: 'skipped',
        message: 'Not tested: the proxy for vendor.test could not be determined.',
      });
    }
    expect(run.proxy?.source).toBe('pac');
  });
});
