import { afterEach, describe, expect, it } from 'vitest';
import { startConnectProxy } from '../../../../test/fixtures/connect-proxy';
import { startSilentServer } from '../../../../test/fixtures/misbehaving-servers';
import { networkCatalog, tlsPort } from '../../../../test/fixtures/network-run';
import type { RunningServer } from '../../../../test/fixtures/running-server';
import { checkRunSchema } from '../../../shared/check-result';
import type { CheckEvent } from '../../../shared/events';
import type { CoreOptions } from '../context';
import { createDispatch } from '../dispatch';

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function options(port: number, extra: Partial<CoreOptions> = {}): CoreOptions {
  return {
    catalog: networkCatalog([{ host: '127.0.0.1', ports: [tlsPort(port)] }]),
    lang: 'en',
    mode: 'cli',
    timeoutMs: 10_000,
    env: {},
    dataDir: '/nonexistent',
    ...extra,
  };
}

describe('checks.run and checks.cancel', () => {
  it('forwards progress events, and a cancel ends the run at once', async () => {
    const silent = await startSilentServer();
    servers.push(silent);
    const dispatch = createDispatch(options(silent.port));
    const events: CheckEvent[] = [];
    const call = { emit: (_name: 'checks.progressed', e: CheckEvent) => void events.push(e) };
    const started = performance.now();
    const running = dispatch('checks.run', { runId: 'r1', lang: 'en', groups: ['network'] }, call);
    await new Promise((r) => setTimeout(r, 300));
    expect(await dispatch('checks.cancel', { runId: 'r1' }, call)).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    const reply = await running;
    expect(performance.now() - started).toBeLessThan(1500);
    if (!reply.ok) throw new Error(reply.problem.message);
    const run = checkRunSchema.parse(reply.value);
    expect(run.cancelled).toBe(true);
    expect(run.ready).toBe(false);
    expect(run.checks.find((c) => c.id === `tls:127.0.0.1:${silent.port}`)).toMatchObject({
      verdict: 'cancelled',
      status: 'skipped',
    });
    expect(events.at(-1)).toEqual({
      type: 'run.finished',
      runId: 'r1',
      ready: false,
      cancelled: true,
    });
    expect(await dispatch('checks.cancel', { runId: 'r1' }, call)).toEqual({
      ok: true,
      value: { cancelled: false },
    });
  });

  it('uses --proxy over the environment, and never shows its password', async () => {
    const proxy = await startConnectProxy({ auth: { user: 'u', pass: 's3cret' } });
    const silent = await startSilentServer();
    servers.push(proxy, silent);
    const dispatch = createDispatch(
      options(silent.port, {
        timeoutMs: 300,
        proxyUrl: `http://u:s3cret@127.0.0.1:${proxy.port}`,
        env: { HTTPS_PROXY: 'http://127.0.0.1:1' },
      }),
    );
    const reply = await dispatch(
      'checks.run',
      { runId: 'r2', lang: 'ja', groups: ['network'] },
      { emit: () => undefined },
    );
    if (!reply.ok) throw new Error(reply.problem.message);
    const run = checkRunSchema.parse(reply.value);
    expect(run.proxy).toMatchObject({ url: `http://127.0.0.1:${proxy.port}`, source: 'flag' });
    expect(run.checks.find((c) => c.kind === 'tcp')).toMatchObject({
      status: 'pass',
      verdict: 'ok',
    });
    expect(proxy.seen).toContain(`127.0.0.1:${silent.port}`);
    expect(JSON.stringify(run)).not.toContain('s3cret');
    expect(run.lang).toBe('ja');
  });
});
