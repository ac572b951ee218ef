import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer } from '../../../../test/fixtures/http-server';
import {
  closedPort,
  hasPython,
  startDroppingServer,
} from '../../../../test/fixtures/misbehaving-servers';
import type { RunningServer } from '../../../../test/fixtures/running-server';
import { connectTcp, interleave, tcpVerdictOfCode } from './tcp-connect';

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('connectTcp', () => {
  it("alternates families, starting with the first address's", () => {
    expect(interleave(['::1', '::2', '10.0.0.1', '10.0.0.2', '10.0.0.3'])).toEqual([
      '::1',
      '10.0.0.1',
      '::2',
      '10.0.0.2',
      '10.0.0.3',
    ]);
    expect(interleave(['10.0.0.1', '::1'])).toEqual(['10.0.0.1', '::1']);
  });

  it('falls back to the next address when the first refuses, and reports every attempt', async () => {
    const s = await startHttpServer();
    servers.push(s);
    const port = s.port;
    // Nothing listens on ::1 (or IPv6 is off): either way the IPv4 address must win.
    const outcome = await connectTcp(['::1', '127.0.0.1'], port, 'localhost', { timeoutMs: 2000 });
    expect(outcome.verdict).toBe('ok');
    expect(outcome.detail).toMatchObject({ address: '127.0.0.1' });
    outcome.value?.destroy();
  });

  it('tcp_refused with the raw error when every address refuses', async () => {
    const port = await closedPort();
    const outcome = await connectTcp(['127.0.0.1', '127.0.0.2'], port, 'h.example', {
      timeoutMs: 2000,
    });
    expect(outcome).toMatchObject({
      verdict: 'tcp_refused',
      vars: { code: 'ECONNREFUSED' },
      detail: { error: { code: 'ECONNREFUSED', syscall: 'connect' } },
    });
    expect((outcome.detail.attempts as unknown[]).length).toBe(2);
  });

  it.skipIf(!hasPython())(
    'tcp_timeout when SYNs are dropped, after about the step timeout',
    async () => {
      const s = await startDroppingServer();
      servers.push(s);
      const startedAt = performance.now();
      const outcome = await connectTcp(['127.0.0.1'], s.port, 'h.example', { timeoutMs: 400 });
      const elapsed = performance.now() - startedAt;
      expect(outcome).toMatchObject({ verdict: 'tcp_timeout', vars: { timeoutMs: 400 } });
      expect(elapsed).toBeGreaterThanOrEqual(390);
      expect(elapsed).toBeLessThan(900);
    },
  );

  it.skipIf(!hasPython())(
    'starts the next address 250 ms after one that drops, instead of waiting for its timeout',
    async () => {
      const dropping = await startDroppingServer();
      servers.push(dropping);
      // The same port on another loopback address answers.
      const other = createServer((c) => c.destroy());
      await new Promise<void>((resolve) => other.listen(dropping.port, '127.0.0.2', resolve));
      servers.push({
        port: dropping.port,
        close: () => new Promise((resolve) => other.close(() => resolve())),
      });
      const startedAt = performance.now();
      const outcome = await connectTcp(['127.0.0.1', '127.0.0.2'], dropping.port, 'h.example', {
        timeoutMs: 3000,
      });
      const elapsed = performance.now() - startedAt;
      expect(outcome).toMatchObject({ verdict: 'ok', detail: { address: '127.0.0.2' } });
      expect(elapsed).toBeGreaterThanOrEqual(240);
      expect(elapsed).toBeLessThan(1000);
      outcome.value?.destroy();
    },
  );

  it.each([
    ['ECONNREFUSED', 'tcp_refused'],
    ['ECONNRESET', 'tcp_reset'],
    ['EHOSTUNREACH', 'tcp_unreachable'],
    ['ENETUNREACH', 'tcp_unreachable'],
    ['EACCES', 'local_blocked'],
    ['EPERM', 'local_blocked'],
    ['ETIMEDOUT', 'tcp_timeout'],
  ])('maps %s to %s (the lab proves the ones loopback cannot produce)', (code, verdict) => {
    expect(tcpVerdictOfCode(code)).toBe(verdict);
  });

  it('ends as cancelled the moment the run is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await connectTcp(['127.0.0.1'], 1, 'h', {
      timeoutMs: 2000,
      signal: controller.signal,
    });
    expect(outcome.verdict).toBe('cancelled');
  });
});
