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
const trust = () => ({ extraCaPem: [vendorCa.cert, inspectorCa.cert] });

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
    expect(tls.message).toContain('not trusted (DEPTH_ZERO_SELF_SIGNED_CERT)');
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

  it('tls_intercepted names the inspecting issuer, and the WebSocket still runs over the session', async () => {
    const pem = await issueCertificate(inspectorCa, {
      commonName: 'localhost',
      altNames: ['localhost'],
    });
    const s = await serve({ pem });
    const { check } = await runNetwork(networkCatalog(endpoint(s.port)), trust());
    const tls = check(`tls:localhost:${s.port}`);
    expect(tls).toMatchObject({ status: 'fail', verdict: 'tls_intercepted' });
    expect(tls.message).toContain(
      'issued by CN=Inspector Root, O=Inspector Corp, not by the vendor (Zoho Test)',
    );
    expect(check(`websocket:localhost:${s.port}`)).toMatchObject({ status: 'pass', verdict: 'ok' });
  });

  it('has no interception check when the catalog expects no issuer', async () => {
    const pem = await issueCertificate(inspectorCa, {
      commonName: 'localhost',
      altNames: ['localhost'],
    });
    const s = await serve({ pem });
    const { check } = await runNetwork(
      networkCatalog(endpoint(s.port), { expectedIssuers: [] }),
      trust(),
    );
    expect(check(`tls:localhost:${s.port}`)).toMatchObject({ status: 'pass', verdict: 'ok' });
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

  it('ws_rejected with the status of a non-101 answer', async () => {
    const s = await serve({ pem: good, upgrade: 403 });
    const { check } = await runNetwork(networkCatalog(endpoint(s.port)), trust());
    const ws = check(`websocket:localhost:${s.port}`);
    expect(ws).toMatchObject({
      status: 'fail',
      verdict: 'ws_rejected',
      detail: { response: { status: 403 } },
    });
    expect(ws.message).toContain('answered with HTTP 403 instead of being switched over');
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
