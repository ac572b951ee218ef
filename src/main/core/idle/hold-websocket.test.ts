import { createServer } from 'node:https';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { WebSocketServer } from 'ws';
import { createCa, issueCertificate, type Pem } from '../../../../test/fixtures/certificates';
import { startIdleCutter } from '../../../../test/fixtures/idle-cutter';
import { listenTracked, type RunningServer } from '../../../../test/fixtures/running-server';
import { startTlsServer, type TlsFixture } from '../../../../test/fixtures/tls-server';
import { probeWebSocket } from '../network/websocket-probe';
import { holdWebSocket } from './hold-websocket';

let ca: Pem;
let pem: Pem;
let server: TlsFixture;
const others: RunningServer[] = [];

beforeAll(async () => {
  ca = await createCa('Idle WebSocket CA');
  pem = await issueCertificate(ca, { commonName: 'vendor.test', altNames: ['vendor.test'] });
  server = await startTlsServer({ pem, websocketPath: '/ws' });
});
afterAll(async () => {
  await Promise.all(others.map((c) => c.close()));
  await server.close();
});

/** A WebSocket server that closes every connection itself, with 1001 "going away", after `afterMs`. */
async function closingServer(afterMs: number): Promise<number> {
  const https = createServer({ cert: pem.cert, key: pem.key });
  const wss = new WebSocketServer({ server: https });
  wss.on('connection', (ws) => setTimeout(() => ws.close(1001, 'idle too long'), afterMs));
  const running = await listenTracked(https);
  others.push(running);
  return running.port;
}

async function via(afterMs: number, how: 'close' | 'reset' | 'blackhole'): Promise<number> {
  const cutter = await startIdleCutter(server.port, afterMs, how);
  others.push(cutter);
  return cutter.port;
}

/** A TLS session and the WebSocket the probe opened on it, handed over open as the chain does. */
async function opened(port: number): Promise<{ ws: WebSocket; socket: TLSSocket }> {
  const socket = await new Promise<TLSSocket>((resolve, reject) => {
    const s = tlsConnect({ host: '127.0.0.1', port, servername: 'vendor.test', ca: ca.cert });
    s.once('secureConnect', () => resolve(s));
    s.once('error', reject);
  });
  const out = await probeWebSocket(socket, 'vendor.test', port, '/ws', {
    timeoutMs: 1500,
    isIntercepted: false,
    isPathVerified: true,
    vendor: 'Vendor',
    lang: 'en',
    keepOpen: true,
  });
  if (!out.value) throw new Error(`no WebSocket opened: ${out.verdict}`);
  return { ws: out.value, socket };
}

describe('holdWebSocket', () => {
  it('a healthy path answers the ping after the silence: ok, after the whole silence', async () => {
    const { ws, socket } = await opened(server.port);
    const started = performance.now();
    const seconds: number[] = [];
    const out = await holdWebSocket(ws, socket, {
      seconds: 2,
      timeoutMs: 1500,
      onSecond: (s) => seconds.push(s),
    });
    expect(out).toEqual({
      verdict: 'ok',
      detail: { heldSeconds: 2, probe: 'ping', held: 'websocket' },
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(2000);
    expect(seconds[0]).toBe(1);
    expect(socket.destroyed).toBe(true);
  });

  it('a relay that closes idle tunnels after 1 s: closed, close code 1006 (no close frame), at 1 s', async () => {
    const { ws, socket } = await opened(await via(1000, 'close'));
    const out = await holdWebSocket(ws, socket, { seconds: 3, timeoutMs: 1500 });
    expect(out.verdict).toBe('idle_cut');
    expect(out.detail).toMatchObject({ cutBy: 'closed', closeCode: 1006, held: 'websocket' });
    expect(out.detail.diedAtSeconds).toBeGreaterThanOrEqual(0.9);
    expect(out.detail.diedAtSeconds).toBeLessThanOrEqual(1.5);
  });

  it('a relay that resets idle tunnels after 1 s: reset, with ECONNRESET', async () => {
    const { ws, socket } = await opened(await via(1000, 'reset'));
    const out = await holdWebSocket(ws, socket, { seconds: 3, timeoutMs: 1500 });
    expect(out.detail).toMatchObject({ cutBy: 'reset', error: { code: 'ECONNRESET' } });
    expect(out.verdict).toBe('idle_cut');
    expect(out.detail.diedAtSeconds).toBeLessThanOrEqual(1.5);
  });

  it('a server that closes idle WebSockets itself: closed, with its close code and reason', async () => {
    const { ws, socket } = await opened(await closingServer(1000));
    const out = await holdWebSocket(ws, socket, { seconds: 3, timeoutMs: 1500 });
    expect(out.detail).toMatchObject({
      cutBy: 'closed',
      closeCode: 1001,
      closeReason: 'idle too long',
    });
    expect(out.detail.diedAtSeconds).toBeGreaterThanOrEqual(0.9);
    expect(out.detail.diedAtSeconds).toBeLessThanOrEqual(1.5);
  });

  it('a relay that silently drops idle tunnels: silence, no pong within the step limit', async () => {
    const { ws, socket } = await opened(await via(1000, 'blackhole'));
    const started = performance.now();
    const out = await holdWebSocket(ws, socket, { seconds: 2, timeoutMs: 1000 });
    expect(out).toEqual({
      verdict: 'idle_cut',
      detail: {
        heldSeconds: 2,
        probe: 'ping',
        held: 'websocket',
        diedAtSeconds: 2,
        cutBy: 'silence',
      },
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(2900);
    expect(performance.now() - started).toBeLessThan(3500);
  });

  it('a cancelled run ends the hold at once', async () => {
    const { ws, socket } = await opened(server.port);
    const run = new AbortController();
    setTimeout(() => run.abort(), 300);
    const started = performance.now();
    const out = await holdWebSocket(ws, socket, {
      seconds: 5,
      timeoutMs: 1000,
      signal: run.signal,
    });
    expect(out.verdict).toBe('cancelled');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
