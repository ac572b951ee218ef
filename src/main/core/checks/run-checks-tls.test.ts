import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createCa,
  issueCertificate,
  selfSigned,
  type Pem,
} from '../../../../test/fixtures/certificates';
import {
  startResettingServer,
  startSilentServer,
} from '../../../../test/fixtures/misbehaving-servers';
import { networkCatalog, runNetwork, tlsPort } from '../../../../test/fixtures/network-run';
import type { RunningServer } from '../../../../test/fixtures/running-server';
import { startTlsServer, type TlsServerOptions } from '../../../../test/fixtures/tls-server';
import {
  interceptorSpecs,
  makeInterceptor,
  type InterceptorName,
} from '../../../../test/fixtures/interceptors';
import { detailOf } from '../../../shared/check-result';

let vendorCa: Pem;
let inspectorCa: Pem;
let good: Pem;
const servers: RunningServer[] = [];

beforeAll(async () => {
  [vendorCa, inspectorCa] = await Promise.all([
    createCa('Zoho Test Root', 'Zoho Test'),
    createCa('Inspector Root', 'Inspector Corp'),
  ]);
  good = await issueCertificate(vendorCa, {
    commonName: 'localhost',
    altNames: ['localhost', '127.0.0.1'],
    organization: 'Zoho Test',
  });
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => undefined);

async function serve(o: Partial<TlsServerOptions> & { pem: Pem }) {
  const s = await startTlsServer({ websocketPath: '/ws', ...o });
  servers.push(s);
  return s;
}

const endpoint = (port: number, host = 'localhost') => [
  { host, ports: [tlsPort(port)], websocketPath: '/ws' },
];
// The vendor's CA stands in for the public roots (what SESSION_PREP_PUBLIC_ROOTS does in the lab); the
// inspector's is a corporate root given with --ca; the OS store is left empty so this machine's cannot count.
const noOsRoots = { source: 'none' as const, roots: [] };
const trust = () => ({
  publicRootsPem: [vendorCa.cert],
  extraCaPem: [inspectorCa.cert],
  osRoots: noOsRoots,
});

describe('TLS and WebSocket checks', () => {
  it('passes the whole chain with SNI, and names the certificate in detail', async () => {
    const s = await serve({ pem: good });
    const { check, run } = await runNetwork(networkCatalog(endpoint(s.port)), trust());
    const id = `localhost:${s.port}`;
    expect(check('dns:localhost')).toMatchObject({ status: 'pass', verdict: 'ok' });
    expect(check(`tcp:${id}`)).toMatchObject({ status: 'pass', verdict: 'ok' });
    const tls = check(`tls:${id}`);
    expect(tls).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      target: { host: 'localhost', port: s.port },
    });
    expect(tls.message).toContain('Zoho Test');
    expect(tls.detail).toMatchObject({
      certificate: {
        subject: expect.stringContaining('CN=localhost'),
        issuer: expect.stringContaining('O=Zoho Test'),
      },
    });
    expect(detailOf(tls, 'tls')?.certificate?.fingerprint256).toMatch(
      /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/,
    );
    expect(detailOf(tls, 'tls')?.chain).toHaveLength(2);
    expect(check(`websocket:${id}`)).toMatchObject({ status: 'pass', verdict: 'ok' });
    expect(s.servernames).toContain('localhost');
    expect(run.ready).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s.openConnections?.()).toBe(0);
  });

  it('tls_untrusted for a self-signed certificate, and skips the WebSocket with the reason', async () => {
    const s = await serve({ pem: await selfSigned('localhost', ['localhost']) });
    const { check, run } = await runNetwork(networkCatalog(endpoint(s.port)), trust());
    const tls = check(`tls:localhost:${s.port}`);
    expect(tls).toMatchObject({ status: 'fail', verdict: 'tls_untrusted' });
    expect(tls.message).toContain('is not trusted; it is issued by CN=localhost');
    expect(tls.fix).toBeTruthy();
    expect(tls.detail).toMatchObject({
      authorizationError: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
      certificate: { issuer: 'CN=localhost' },
    });
    const ws = check(`websocket:localhost:${s.port}`);
    expect(ws).toMatchObject({ status: 'skipped', verdict: 'skipped' });
    expect(ws.message).toBe(`Not tested: the secure connection to localhost:${s.port} failed.`);
    expect(run.ready).toBe(false);
  });

  it('tls_intercepted when the chain ends at a root trusted (--ca) but not public: the device is named by its issuer, and the WebSocket still runs', async () => {
    const pem = await issueCertificate(inspectorCa, {
      commonName: 'localhost',
      altNames: ['localhost'],
    });
    const s = await serve({ pem });
    const { check, run } = await runNetwork(networkCatalog(endpoint(s.port)), trust());
    const tls = check(`tls:localhost:${s.port}`);
    expect(tls).toMatchObject({ status: 'fail', verdict: 'tls_intercepted' });
    expect(tls.message).toBe(
      `An SSL-inspection device (issuer CN=Inspector Root, O=Inspector Corp) is decrypting the connection to localhost:${s.port}: the certificate chain ends at CN=Inspector Root, O=Inspector Corp, a root this PC trusts but that is not a public certificate authority.`,
    );
    expect(tls.fix).toBe(
      'Ask your IT department to exclude the Zoho Assist domains from SSL inspection on the device whose certificate is issued by CN=Inspector Root, O=Inspector Corp.',
    );
    expect(detailOf(tls, 'tls')).toMatchObject({
      root: { subject: 'CN=Inspector Root, O=Inspector Corp', trustedBy: 'ca' },
      interception: {
        product: null,
        matchedBy: 'none',
        issuer: 'CN=Inspector Root, O=Inspector Corp',
        root: 'CN=Inspector Root, O=Inspector Corp',
      },
    });
    // The device passes the upgrade on (101): the WebSocket works through it.
    expect(check(`websocket:localhost:${s.port}`)).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      detail: { session: 'intercepted' },
    });
    expect(run.ready).toBe(false);
  });

  it('a root the OS store holds (Group Policy) but no public list does is interception too, with where it came from', async () => {
    const pem = await issueCertificate(inspectorCa, {
      commonName: 'localhost',
      altNames: ['localhost'],
    });
    const s = await serve({ pem });
    const { check } = await runNetwork(networkCatalog(endpoint(s.port)), {
      publicRootsPem: [vendorCa.cert],
      osRoots: { source: 'windows', roots: [{ pem: inspectorCa.cert, origin: 'group-policy' }] },
    });
    expect(check(`tls:localhost:${s.port}`)).toMatchObject({
      verdict: 'tls_intercepted',
      detail: {
        root: { trustedBy: 'os', origin: 'group-policy' },
        trust: { os: 'windows', osRoots: 1 },
      },
    });
  });

  it('a public chain from an issuer the catalog does not expect passes, with a note in detail', async () => {
    const s = await serve({ pem: good });
    const { check, run } = await runNetwork(
      networkCatalog(endpoint(s.port), { expectedIssuers: ['DigiCert', 'Sectigo'] }),
      trust(),
    );
    const tls = check(`tls:localhost:${s.port}`);
    expect(tls).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      detail: {
        root: { trustedBy: 'public' },
        issuerNote: { issuer: 'CN=Zoho Test Root, O=Zoho Test', expected: ['DigiCert', 'Sectigo'] },
      },
    });
    expect(run.ready).toBe(true);
  });

  it.each([
    [
      'zscaler',
      'Zscaler',
      'an SSL Inspection rule with the action "Do Not Inspect" (an SSL bypass)',
    ],
    ['netskope', 'Netskope', 'an SSL Decryption policy with the action "Do Not Decrypt"'],
    ['cisco', 'Cisco Umbrella', 'the Selective Decryption List'],
    ['fortinet', 'Fortinet FortiGate', 'the SSL exemptions of the SSL/SSH inspection profile'],
  ] as const)(
    'names %s from its chain, in the message and in the fix with its own bypass wording',
    async (name, product, bypass) => {
      const i = await makeInterceptor(interceptorSpecs[name as InterceptorName], ['localhost']);
      const s = await serve({ pem: i.leaf });
      const { check } = await runNetwork(networkCatalog(endpoint(s.port)), {
        publicRootsPem: [vendorCa.cert],
        extraCaPem: [i.root.cert],
        osRoots: noOsRoots,
      });
      const tls = check(`tls:localhost:${s.port}`);
      expect(tls.verdict).toBe('tls_intercepted');
      expect(tls.message).toMatch(
        new RegExp(`^${product} is decrypting the connection to localhost:${s.port}`),
      );
      expect(tls.fix).toContain(
        `add the Zoho Assist domains to ${product}'s SSL inspection bypass (${bypass}`,
      );
      expect(detailOf(tls, 'tls')?.interception).toMatchObject({ product });
    },
  );

  it('names HTTPS scanning on this PC (ESET) as the PC’s own, in Japanese too', async () => {
    const i = await makeInterceptor(interceptorSpecs.eset, ['localhost']);
    const s = await serve({ pem: i.leaf });
    const { check } = await runNetwork(networkCatalog(endpoint(s.port)), {
      publicRootsPem: [vendorCa.cert],
      extraCaPem: [i.root.cert],
      osRoots: noOsRoots,
      lang: 'ja',
    });
    const tls = check(`tls:localhost:${s.port}`);
    expect(tls.message).toContain(
      `この PC の ESET が localhost:${s.port} への通信を復号しています`,
    );
    expect(tls.fix).toContain(
      'ESET で、Zoho Assist のドメインを HTTPS スキャンの対象から除外してください',
    );
    expect(tls.fix).toContain('List of known certificates');
  });

  it('tls_untrusted names the product whose root is not installed here', async () => {
    const i = await makeInterceptor(interceptorSpecs.zscaler, ['localhost']);
    const s = await serve({ pem: i.leaf });
    const { check } = await runNetwork(networkCatalog(endpoint(s.port)), trust());
    const tls = check(`tls:localhost:${s.port}`);
    expect(tls).toMatchObject({
      verdict: 'tls_untrusted',
      detail: {
        interception: { product: 'Zscaler', matchedBy: 'issuer' },
        root: { trustedBy: null },
      },
    });
    expect(tls.message).toContain('comes from Zscaler');
    expect(tls.fix).toContain("or to install Zscaler's root certificate on this PC");
  });

  it('tls_name_mismatch for a trusted certificate of another name', async () => {
    const pem = await issueCertificate(vendorCa, {
      commonName: 'portal.example',
      altNames: ['portal.example'],
      organization: 'Zoho Test',
    });
    const s = await serve({ pem });
    const { check } = await runNetwork(networkCatalog(endpoint(s.port)), trust());
    const tls = check(`tls:localhost:${s.port}`);
    expect(tls).toMatchObject({ status: 'fail', verdict: 'tls_name_mismatch' });
    expect(tls.message).toContain('another name (CN=portal.example, O=Zoho Test)');
    expect(tls.detail).toMatchObject({ nameError: { code: 'ERR_TLS_CERT_ALTNAME_INVALID' } });
  });

  it('tls_clock_skew for an expired certificate that is otherwise valid', async () => {
    const notAfter = new Date(Date.now() - 2 * 86_400_000);
    const notBefore = new Date(Date.now() - 30 * 86_400_000);
    const pem = await issueCertificate(vendorCa, {
      commonName: 'localhost',
      altNames: ['localhost'],
      notBefore,
      notAfter,
    });
    const s = await serve({ pem });
    const { check } = await runNetwork(networkCatalog(endpoint(s.port)), trust());
    const tls = check(`tls:localhost:${s.port}`);
    expect(tls).toMatchObject({ status: 'fail', verdict: 'tls_clock_skew' });
    expect(tls.message).toContain(
      `to ${notAfter.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    );
    expect(tls.detail).toMatchObject({
      certificate: {
        validTo: new Date(Math.floor(notAfter.getTime() / 1000) * 1000).toISOString(),
      },
    });
    expect(tls.fix).toContain('date, time and time zone');
  });

  it('tls_failed when the server never answers the hello, after about the step timeout', async () => {
    const s = await startSilentServer();
    servers.push(s);
    const startedAt = performance.now();
    const { check } = await runNetwork(networkCatalog(endpoint(s.port, '127.0.0.1')), {
      ...trust(),
      timeoutMs: 400,
    });
    const elapsed = performance.now() - startedAt;
    const tls = check(`tls:127.0.0.1:${s.port}`);
    expect(tls).toMatchObject({
      status: 'fail',
      verdict: 'tls_failed',
      detail: { error: { code: 'ETIMEDOUT' } },
    });
    expect(tls.message).toContain('did not answer the secure handshake within 400 ms');
    expect(tls.durationMs).toBeGreaterThanOrEqual(390);
    expect(tls.durationMs).toBeLessThan(700);
    expect(elapsed).toBeLessThan(1500);
    expect(check(`tcp:127.0.0.1:${s.port}`)).toMatchObject({ status: 'pass' });
  });

  it('tcp_reset when the connection is cut after it opened', async () => {
    const s = await startResettingServer({ afterMs: 100 });
    servers.push(s);
    const { check } = await runNetwork(networkCatalog(endpoint(s.port, '127.0.0.1')), trust());
    expect(check(`tcp:127.0.0.1:${s.port}`)).toMatchObject({ status: 'pass' });
    const tls = check(`tls:127.0.0.1:${s.port}`);
    expect(tls).toMatchObject({
      status: 'fail',
      verdict: 'tcp_reset',
      detail: { error: { code: 'ECONNRESET' } },
    });
    expect(tls.message).toContain('cut during the secure handshake');
    expect(check(`websocket:127.0.0.1:${s.port}`)).toMatchObject({ status: 'skipped' });
  });

  it('any HTTP answer to the upgrade over a genuine session passes (a 404 or 403 proves the path), saying what it answered', async () => {
    const notFound = await serve({ pem: good, upgrade: 404 });
    const forbidden = await serve({ pem: good, upgrade: 403 });
    const { check, run } = await runNetwork(
      networkCatalog([...endpoint(notFound.port), ...endpoint(forbidden.port, '127.0.0.1')]),
      trust(),
    );
    const ws = check(`websocket:localhost:${notFound.port}`);
    expect(ws).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      detail: { session: 'genuine', response: { status: 404 }, pathVerified: false },
    });
    expect(ws.message).toContain(
      'answered the WebSocket request with HTTP 404 over an end-to-end encrypted connection',
    );
    expect(ws.message).toContain('gets its WebSocket address when it starts');
    expect(check(`websocket:127.0.0.1:${forbidden.port}`)).toMatchObject({
      status: 'pass',
      verdict: 'ok',
    });
    expect(run.ready).toBe(true);
  });

  it('over an intercepted session a non-101 answer is ws_rejected, naming the device that answered', async () => {
    const i = await makeInterceptor(interceptorSpecs.zscaler, ['localhost']);
    const s = await serve({ pem: i.leaf, upgrade: 404 });
    const { check } = await runNetwork(networkCatalog(endpoint(s.port)), {
      publicRootsPem: [vendorCa.cert],
      extraCaPem: [i.root.cert],
      osRoots: noOsRoots,
    });
    const ws = check(`websocket:localhost:${s.port}`);
    expect(ws).toMatchObject({
      status: 'fail',
      verdict: 'ws_rejected',
      detail: { session: 'intercepted', device: 'Zscaler', response: { status: 404 } },
    });
    expect(ws.message).toBe(
      `The WebSocket request to localhost:${s.port} was answered by Zscaler with HTTP 404 instead of being passed on to the vendor: it decrypts the connection and does not let WebSocket connections (Upgrade) through.`,
    );
    expect(ws.fix).toContain('through Zscaler');
  });

  it('ws_failed when the upgrade is cut or never answered', async () => {
    const cut = await serve({ pem: good, upgrade: 'close' });
    const silent = await serve({ pem: good, upgrade: 'silent' });
    const catalog = networkCatalog([
      ...endpoint(cut.port),
      { host: '127.0.0.1', ports: [tlsPort(silent.port)], websocketPath: '/ws' },
    ]);
    const { check } = await runNetwork(catalog, { ...trust(), timeoutMs: 500 });
    expect(check(`websocket:localhost:${cut.port}`)).toMatchObject({
      status: 'fail',
      verdict: 'ws_failed',
    });
    const stalled = check(`websocket:127.0.0.1:${silent.port}`);
    expect(stalled).toMatchObject({ status: 'fail', verdict: 'ws_failed' });
    expect(stalled.message).toContain('no answer within 500 ms');
  });
});
