import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCertificate, type Pem } from '../../../../test/fixtures/certificates';
import { startIdleCutter } from '../../../../test/fixtures/idle-cutter';
import type { RunningServer } from '../../../../test/fixtures/running-server';
import { startTlsServer, type TlsFixture } from '../../../../test/fixtures/tls-server';
import { holdIdle } from './hold-idle';

let ca: Pem;
let server: TlsFixture;
const cutters: RunningServer[] = [];

beforeAll(async () => {
  ca = await createCa('Idle Test CA');
  server = await startTlsServer({
    pem: await issueCertificate(ca, { commonName: 'vendor.test', altNames: ['vendor.test'] }),
  });
});
afterAll(async () => {
  await Promise.all(cutters.map((c) => c.close()));
  await server.close();
});

function session(port: number): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const s = tlsConnect({ host: '127.0.0.1', port, servername: 'vendor.test', ca: ca.cert });
    s.once('secureConnect', () => resolve(s));
    s.once('error', reject);
  });
}

async function via(afterMs: number, how: 'close' | 'reset' | 'blackhole'): Promise<number> {
  const cutter = await startIdleCutter(server.port, afterMs, how);
  cutters.push(cutter);
  return cutter.port;
}

describe('holdIdle', () => {
  it('a healthy path carries data after the silence: ok, after the whole silence', async () => {
    const started = performance.now();
    const seconds: number[] = [];
    const out = await holdIdle(await session(server.port), {
      host: 'vendor.test',
      seconds: 2,
      timeoutMs: 1500,
      onSecond: (s) => seconds.push(s),
    });
    expect(out).toEqual({ verdict: 'ok', detail: { heldSeconds: 2, probe: 'http', held: 'tls' } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(2000);
    expect(seconds[0]).toBe(1);
  });

  it('a relay that closes idle tunnels after 1 s: idle_cut, closed, at 1 s', async () => {
    const out = await holdIdle(await session(await via(1000, 'close')), {
      host: 'vendor.test',
      seconds: 3,
      timeoutMs: 1500,
    });
    expect(out.verdict).toBe('idle_cut');
    expect(out.detail.cutBy).toBe('closed');
    expect(out.detail.diedAtSeconds).toBeGreaterThanOrEqual(0.9);
    expect(out.detail.diedAtSeconds).toBeLessThanOrEqual(1.5);
  });

  it('a relay that resets idle tunnels after 1 s: idle_cut, reset, with the error', async () => {
    const out = await holdIdle(await session(await via(1000, 'reset')), {
      host: 'vendor.test',
      seconds: 3,
      timeoutMs: 1500,
    });
    expect(out.verdict).toBe('idle_cut');
    expect(out.detail.cutBy).toBe('reset');
    expect(out.detail.error?.code).toBe('ECONNRESET');
    expect(out.detail.diedAtSeconds).toBeLessThanOrEqual(1.5);
  });

  it('a relay that silently drops idle tunnels: idle_cut, silence, within seconds + the step limit', async () => {
    const started = performance.now();
    const out = await holdIdle(await session(await via(1000, 'blackhole')), {
      host: 'vendor.test',
      seconds: 2,
      timeoutMs: 1000,
    });
    expect(out).toEqual({
      verdict: 'idle_cut',
      detail: { heldSeconds: 2, probe: 'http', held: 'tls', diedAtSeconds: 2, cutBy: 'silence' },
    });
    expect(performance.now() - started).toBeLessThan(3500);
  });

  it('a cancelled run ends the hold at once', async () => {
    const run = new AbortController();
    setTimeout(() => run.abort(), 300);
    const out = await holdIdle(await session(server.port), {
      host: 'vendor.test',
      seconds: 5,
      timeoutMs: 1000,
      signal: run.signal,
    });
    expect(out.verdict).toBe('cancelled');
  });
});
