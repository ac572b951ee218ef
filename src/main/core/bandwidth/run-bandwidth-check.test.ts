import type { ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCertificate, type Pem } from '../../../../test/fixtures/certificates';
import { startConnectProxy } from '../../../../test/fixtures/connect-proxy';
import { networkCatalog } from '../../../../test/fixtures/network-run';
import { listenTracked, type RunningServer } from '../../../../test/fixtures/running-server';
import type { ProxyResolver } from '../proxy/proxy-decision';
import { runBandwidthCheck, type BandwidthCheckOptions } from './run-bandwidth-check';
import { detailOf } from '../../../shared/check-result';

let ca: Pem;
let leaf: Pem;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  ca = await createCa('Bandwidth Test CA', 'Bandwidth Test');
  leaf = await issueCertificate(ca, {
    commonName: 'localhost',
    altNames: ['localhost', '127.0.0.1'],
  });
});
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** An HTTPS server that paces /file at `rateKbps` from user space: a throttled line on loopback. */
async function startPacedServer(o: {
  rateKbps?: number;
  status?: number;
  stallAfterHeaders?: boolean;
  /** Answer `Range: bytes=0-0` with 206 and one byte (otherwise the range is ignored: 200, the file). */
  honoursRange?: boolean;
  requests?: string[];
}): Promise<RunningServer> {
  const server = createServer(leaf, (req, res: ServerResponse) => {
    o.requests?.push(
      `${req.url ?? ''} ${req.headers.range ?? 'whole'} ${req.socket.remotePort ?? ''}`,
    );
    if (req.url !== '/file' || o.status) return void res.writeHead(o.status ?? 404).end();
    if (o.honoursRange && req.headers.range === 'bytes=0-0')
      return void res.writeHead(206, { 'content-length': '1' }).end('a');
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.flushHeaders();
    if (o.stallAfterHeaders) return;
    // Bytes due by the clock, not per tick: a late timer must not change the rate.
    const bytesPerMs = ((o.rateKbps ?? 400) * 1000) / 8 / 1000;
    const started = performance.now();
    let sent = 0;
    const timer = setInterval(() => {
      const due = Math.floor((performance.now() - started) * bytesPerMs) - sent;
      if (due <= 0) return;
      sent += due;
      res.write(Buffer.alloc(due, 0x61));
    }, 40); // every write is a TLS record (22 bytes more on the wire): not too many of them
    res.on('close', () => clearInterval(timer));
  });
  const running = await listenTracked(server);
  closers.push(running.close);
  return running;
}

const direct: ProxyResolver = async () => ({ kind: 'direct', source: 'none' });

function options(port: number, extra: Partial<BandwidthCheckOptions> = {}): BandwidthCheckOptions {
  const catalog = networkCatalog([{ host: 'localhost', ports: [port] }]);
  catalog.bandwidth = { url: `https://localhost:${port}/file` };
  catalog.requirements.bandwidthKbps = { min: 128, recommended: 256 };
  return { catalog, lang: 'en', proxy: direct, extraCaPem: [ca.cert], timeoutMs: 1500, ...extra };
}

describe('runBandwidthCheck on a throttled loopback server', () => {
  it('measures a 400 kbit/s line within 10 %, stops early, and reports progress: ok', async () => {
    const server = await startPacedServer({ rateKbps: 400 });
    const samples: number[] = [];
    const result = await runBandwidthCheck(
      options(server.port, { onSample: (s) => samples.push(s.rateKbps) }),
    );
    expect(result.verdict).toBe('ok');
    expect(result.status).toBe('pass');
    const rate = Number(detailOf(result, 'bandwidth')?.rateKbps);
    expect(Math.abs(rate / 400 - 1)).toBeLessThan(0.1);
    expect(result.message).toContain(`${rate} kbps`);
    expect(result.durationMs).toBeLessThan(3500);
    expect(samples.length).toBeGreaterThan(0);
  });

  it('asks the status with one byte first, then measures the file on the same connection', async () => {
    const requests: string[] = [];
    const server = await startPacedServer({ rateKbps: 400, honoursRange: true, requests });
    const result = await runBandwidthCheck(options(server.port));
    expect(result.verdict).toBe('ok');
    const rate = Number(detailOf(result, 'bandwidth')?.rateKbps);
    expect(Math.abs(rate / 400 - 1)).toBeLessThan(0.1);
    expect(requests.map((r) => r.split(' ').slice(0, 2).join(' '))).toEqual([
      '/file bytes=0-0',
      '/file whole',
    ]);
    // One connection: the same client port for both.
    expect(new Set(requests.map((r) => r.split(' ')[2])).size).toBe(1);
  });

  it('says below_recommended (warn) for a 190 kbit/s line', async () => {
    const server = await startPacedServer({ rateKbps: 190 });
    const result = await runBandwidthCheck(options(server.port));
    expect(result.verdict).toBe('below_recommended');
    expect(result.status).toBe('warn');
    expect(result.message).toMatch(/below the recommended 256 kbps/);
  });

  it('says below_minimum (fail) for an 80 kbit/s line, with the rate in the message', async () => {
    const server = await startPacedServer({ rateKbps: 80 });
    const result = await runBandwidthCheck(options(server.port, { lang: 'ja' }));
    expect(result.verdict).toBe('below_minimum');
    expect(result.status).toBe('fail');
    expect(Number(detailOf(result, 'bandwidth')?.rateKbps)).toBeGreaterThan(60);
    expect(Number(detailOf(result, 'bandwidth')?.rateKbps)).toBeLessThan(100);
    expect(result.message).toContain('128 kbps を下回っています');
  });

  it('goes through the proxy for the bandwidth host (CONNECT), and says so in detail', async () => {
    const server = await startPacedServer({ rateKbps: 400 });
    const proxy = await startConnectProxy({ auth: { user: 'u', pass: 'p w' } });
    closers.push(proxy.close);
    const viaProxy: ProxyResolver = async () => ({
      kind: 'proxy',
      url: new URL(`http://u:p%20w@127.0.0.1:${proxy.port}`),
      source: 'flag',
    });
    const result = await runBandwidthCheck(options(server.port, { proxy: viaProxy }));
    expect(result.verdict).toBe('ok');
    expect(proxy.seen).toContain(`localhost:${server.port}`);
    expect(detailOf(result, 'bandwidth')?.via).toBe(`http://127.0.0.1:${proxy.port}`);
  });

  it('is unmeasured (warn) when the proxy refuses the tunnel, naming the status', async () => {
    const server = await startPacedServer({ rateKbps: 400 });
    const proxy = await startConnectProxy({ auth: { user: 'u', pass: 'p' } });
    closers.push(proxy.close);
    const viaProxy: ProxyResolver = async () => ({
      kind: 'proxy',
      url: new URL(`http://127.0.0.1:${proxy.port}`),
      source: 'flag',
    });
    const result = await runBandwidthCheck(options(server.port, { proxy: viaProxy }));
    expect(result.verdict).toBe('unmeasured');
    expect(result.status).toBe('warn');
    expect(result.message).toContain('407');
  });

  it('is unmeasured when the file is missing (HTTP 404)', async () => {
    const server = await startPacedServer({ status: 404 });
    const result = await runBandwidthCheck(options(server.port));
    expect(result.verdict).toBe('unmeasured');
    expect(result.message).toContain('HTTP 404');
  });

  it('is unmeasured when the certificate is not trusted (no --ca)', async () => {
    const server = await startPacedServer({ rateKbps: 400 });
    const result = await runBandwidthCheck(options(server.port, { extraCaPem: [] }));
    expect(result.verdict).toBe('unmeasured');
    expect(detailOf(result, 'bandwidth')?.reason).toBe('connect');
    expect(String(detailOf(result, 'bandwidth')?.code)).toMatch(/CERT|SIGNATURE|ISSUER/);
  });

  it('is unmeasured when the data stops after the headers, within the step limit', async () => {
    const server = await startPacedServer({ stallAfterHeaders: true });
    const started = Date.now();
    const result = await runBandwidthCheck(options(server.port, { timeoutMs: 800 }));
    expect(result.verdict).toBe('unmeasured');
    expect(detailOf(result, 'bandwidth')?.reason).toBe('tooLittle');
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('stops at once when cancelled', async () => {
    const server = await startPacedServer({ rateKbps: 100 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    const result = await runBandwidthCheck(options(server.port, { signal: controller.signal }));
    expect(result.verdict).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
