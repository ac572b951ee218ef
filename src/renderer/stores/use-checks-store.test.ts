import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deferred, FakeTransport } from './fake-transport';

const transport = vi.hoisted(() => ({ current: null as FakeTransport | null }));
vi.mock('../api/get-api-client', () => ({ getApiClient: () => transport.current?.client }));

const { useChecksStore } = await import('./use-checks-store');

const t = new FakeTransport();
transport.current = t;

const tcp = (host: string, status: string, verdict: string) => ({
  id: `tcp:${host}:443`,
  kind: 'tcp',
  target: { host, port: 443 },
  status,
  verdict,
  durationMs: 5,
  message: `${host} ${verdict}`,
});
const run = (checks: unknown[]) => ({
  schemaVersion: 1,
  tool: { name: 'session-prep', version: '0.1.0' },
  startedAt: '2026-11-25T09:00:00.000Z',
  durationMs: 9,
  ready: true,
  system: {},
  checks,
});
const runIdOf = (index: number) =>
  (t.calls.filter((c) => c.method === 'checks.run')[index]?.params as { runId: string }).runId;
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  t.reset();
  const idle = {
    runId: null,
    phase: 'idle',
    live: [],
    expected: null,
    run: null,
    problem: null,
    isCancelling: false,
  } as const;
  useChecksStore.setState({ system: idle, network: idle });
});

describe('checks store', () => {
  it('shows live progress from events, drops malformed or foreign ones, then keeps the parsed run', async () => {
    const reply = deferred<unknown>();
    t.answer('checks.run', () => reply.promise);
    const done = useChecksStore.getState().start('network');
    await flush();
    const runId = runIdOf(0);
    expect(t.calls[0]?.params).toMatchObject({
      groups: ['system', 'network', 'bandwidth'],
      lang: 'ja',
    });

    t.emit({
      type: 'check.started',
      runId,
      id: 'tcp:a.example:443',
      kind: 'tcp',
      target: { host: 'a.example', port: 443 },
    });
    t.emit({ type: 'check.started', runId: 'someone-else', id: 'tcp:x.example:443', kind: 'tcp' });
    t.emit({
      type: 'check.finished',
      runId,
      result: { id: 'tcp:a.example:443', status: 'exploded' },
    });
    const live = useChecksStore.getState().network.live;
    expect(live).toEqual([
      { id: 'tcp:a.example:443', kind: 'tcp', host: 'a.example', result: null },
    ]);
    expect(useChecksStore.getState().network.phase).toBe('running');

    t.emit({ type: 'check.finished', runId, result: tcp('a.example', 'fail', 'tcp_refused') });
    expect(useChecksStore.getState().network.live[0]?.result?.verdict).toBe('tcp_refused');

    reply.resolve({ ok: true, value: run([tcp('a.example', 'fail', 'tcp_refused')]) });
    await done;
    const state = useChecksStore.getState().network;
    expect(state.phase).toBe('done');
    expect(state.run?.checks.map((c) => c.verdict)).toEqual(['tcp_refused']);
  });

  it('refuses a reply that breaks the contract instead of storing it', async () => {
    t.answer('checks.run', async () => ({ ok: true, value: { ...run([]), schemaVersion: 2 } }));
    await useChecksStore.getState().start('system');
    const state = useChecksStore.getState().system;
    expect(state.phase).toBe('failed');
    expect(state.run).toBeNull();
    expect(state.problem?.code).toBe('bad_reply');
  });

  it('turns a transport that throws into a problem the step can show, in the page’s language', async () => {
    t.answer('checks.run', async () => {
      throw new Error('socket closed');
    });
    await useChecksStore.getState().start('system');
    expect(useChecksStore.getState().system.problem).toEqual({
      code: 'failed',
      message:
        'Session Prep に接続できませんでした（socket closed）。ページを再読み込みするか、Session Prep を起動し直してください。',
    });
  });

  it('lets a re-check replace a run: the replaced run’s late reply changes nothing', async () => {
    const first = deferred<unknown>();
    const second = deferred<unknown>();
    const replies = [first, second];
    t.answer(
      'checks.run',
      () => replies.shift()?.promise ?? Promise.reject(new Error('too many runs')),
    );
    const a = useChecksStore.getState().start('network');
    await flush();
    const b = useChecksStore.getState().start('network');
    await flush();
    const secondId = runIdOf(1);
    expect(secondId).not.toBe(runIdOf(0));

    first.resolve({ ok: true, value: run([tcp('old.example', 'fail', 'tcp_timeout')]) });
    await a;
    expect(useChecksStore.getState().network).toMatchObject({
      runId: secondId,
      phase: 'running',
      run: null,
    });

    second.resolve({ ok: true, value: run([tcp('new.example', 'pass', 'ok')]) });
    await b;
    expect(useChecksStore.getState().network.run?.checks[0]?.id).toBe('tcp:new.example:443');
  });

  it('asks the core to cancel exactly the running run, and only while it runs', async () => {
    const reply = deferred<unknown>();
    t.answer('checks.run', () => reply.promise);
    t.answer('checks.cancel', async () => ({ ok: true, value: { cancelled: true } }));
    const done = useChecksStore.getState().start('network');
    await flush();
    await useChecksStore.getState().cancel('network');
    expect(t.calls.find((c) => c.method === 'checks.cancel')?.params).toEqual({
      runId: runIdOf(0),
    });
    expect(useChecksStore.getState().network.isCancelling).toBe(true);

    reply.resolve({ ok: true, value: { ...run([]), cancelled: true } });
    await done;
    expect(useChecksStore.getState().network).toMatchObject({ phase: 'done', isCancelling: false });
    await useChecksStore.getState().cancel('network');
    expect(t.calls.filter((c) => c.method === 'checks.cancel')).toHaveLength(1);
  });

  it('starts a scope once on entering a step, not again on every visit', async () => {
    t.answer('checks.run', async () => ({ ok: true, value: run([]) }));
    useChecksStore.getState().ensureStarted('system');
    useChecksStore.getState().ensureStarted('system');
    await flush();
    useChecksStore.getState().ensureStarted('system');
    expect(t.calls.filter((c) => c.method === 'checks.run')).toHaveLength(1);
  });
});

describe('checks store: the deep check (issue 17)', () => {
  it('passes idleSeconds to checks.run and keeps the seconds held from idle.progress, dropping malformed ones', async () => {
    const reply = deferred<unknown>();
    t.answer('checks.run', () => reply.promise);
    const done = useChecksStore.getState().start('network', { idleSeconds: 300 });
    await flush();
    expect(t.calls[0]?.params).toMatchObject({ idleSeconds: 300 });
    const runId = runIdOf(0);
    expect(useChecksStore.getState().network.idleSeconds).toBe(300);
    const tick = { type: 'idle.progress', runId, checkId: 'idle:a.example:443', ofSeconds: 300 };
    t.emit({ ...tick, heldSeconds: 12 });
    expect(useChecksStore.getState().network.idleHeld).toEqual({ heldSeconds: 12, ofSeconds: 300 });
    t.emit({ ...tick, heldSeconds: 'thirteen' });
    t.emit({ ...tick, heldSeconds: 13, runId: 'someone-else' });
    expect(useChecksStore.getState().network.idleHeld).toEqual({ heldSeconds: 12, ofSeconds: 300 });
    reply.resolve(run([]));
    await done;
    // A quick re-check is no deep check.
    t.answer('checks.run', () => Promise.resolve(run([])));
    await useChecksStore.getState().start('network');
    expect(t.calls[1]?.params).not.toHaveProperty('idleSeconds');
    expect(useChecksStore.getState().network.idleSeconds).toBeUndefined();
    expect(useChecksStore.getState().network.idleHeld).toBeUndefined();
  });
});
