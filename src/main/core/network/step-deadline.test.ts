import { getEventListeners } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { stepDeadline } from './step-outcome';
import { probeHttp } from './http-probe';
import { probeTls } from './tls-probe';
import { buildTrust } from './trust-store';

// A full (mark-compact) collection on demand: what a busy run does now and then, at a moment we choose.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const servers: Server[] = [];
const held: Socket[] = [];
afterEach(async () => {
  for (const s of held.splice(0)) s.destroy();
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

/** A server that accepts and then says nothing: each step on it can only end by its limit. */
async function silentServer(): Promise<number> {
  const server = createServer((s) => void held.push(s.on('error', () => undefined)));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

async function connected(port: number): Promise<Socket> {
  const s = connect({ host: '127.0.0.1', port });
  await new Promise((r) => s.once('connect', r));
  return s;
}

/** Collections every 50 ms for as long as the promise runs. */
async function underCollections<T>(p: Promise<T>): Promise<T> {
  const timer = setInterval(gc, 50);
  try {
    return await p;
  } finally {
    clearInterval(timer);
  }
}

describe('stepDeadline: a step limit that holds', () => {
  it('fires at its limit although full collections run in between', async () => {
    const run = new AbortController();
    const deadline = stepDeadline(run.signal, 300);
    const started = performance.now();
    const aborted = new Promise<number>((resolve) =>
      deadline.signal.addEventListener('abort', () => resolve(performance.now() - started)),
    );
    const ms = await underCollections(aborted);
    expect(ms).toBeGreaterThanOrEqual(295);
    expect(ms).toBeLessThan(450);
    expect(deadline.hasTimedOut).toBe(true);
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(0);
  });

  it('is aborted by the run first, and then says it did not time out', () => {
    const run = new AbortController();
    const deadline = stepDeadline(run.signal, 10_000);
    run.abort();
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.hasTimedOut).toBe(false);
  });

  it('starts aborted when the run already is', () => {
    const run = new AbortController();
    run.abort();
    expect(stepDeadline(run.signal, 10_000).signal.aborted).toBe(true);
  });

  it('leaves the run signal and stops its timer when disposed', async () => {
    const run = new AbortController();
    const deadline = stepDeadline(run.signal, 50);
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(1);
    deadline.dispose();
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(deadline.signal.aborted).toBe(false);
  });
});

describe('probes on a silent peer end at their limit, collections or not', () => {
  it('tls_failed (timeout) within the limit, with the limit in its vars', async () => {
    const port = await silentServer();
    const run = new AbortController();
    const started = performance.now();
    const outcome = await underCollections(
      probeTls(await connected(port), 'localhost', port, {
        timeoutMs: 400,
        signal: run.signal,
        trust: buildTrust({
          publicPems: [],
          publicSource: 'file',
          os: { source: 'none', roots: [] },
          extraPems: [],
        }),
        expectedIssuers: [],
        vendor: 'Zoho Assist',
        lang: 'en',
      }),
    );
    const ms = performance.now() - started;
    expect(outcome).toMatchObject({
      verdict: 'tls_failed',
      variant: 'timeout',
      vars: { timeoutMs: 400 },
    });
    expect(ms).toBeLessThan(400 + 200);
  });

  it('tcp_timeout (no HTTP answer) within the limit', async () => {
    const port = await silentServer();
    const started = performance.now();
    const outcome = await underCollections(
      probeHttp(await connected(port), 'localhost', port, {
        timeoutMs: 400,
        signal: new AbortController().signal,
        domains: [],
      }),
    );
    expect(outcome).toMatchObject({ verdict: 'tcp_timeout', vars: { timeoutMs: 400 } });
    expect(performance.now() - started).toBeLessThan(400 + 200);
  });
});
