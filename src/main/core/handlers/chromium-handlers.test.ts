import { describe, expect, it } from 'vitest';
import { closedPort } from '../../../../test/fixtures/misbehaving-servers';
import { networkCatalog, tlsPort } from '../../../../test/fixtures/network-run';
import { checkRunSchema } from '../../../shared/check-result';
import type { CoreOptions } from '../context';
import { createDispatch } from '../dispatch';

const call = { emit: () => undefined };
let port = 0;

async function options(extra: Partial<CoreOptions> = {}): Promise<CoreOptions> {
  port = await closedPort();
  return {
    catalog: networkCatalog([
      { host: '127.0.0.1', ports: [tlsPort(port)], websocketPath: '/w_socket' },
    ]),
    lang: 'en',
    mode: 'web',
    timeoutMs: 2000,
    env: {},
    dataDir: '/nonexistent',
    ...extra,
  };
}

const opaque = (host: string, p: number) => ({
  host,
  port: p,
  fetch: { url: `https://${host}:${p}/`, outcome: 'opaque', ms: 9 },
  websocket: { url: `wss://${host}:${p}/w_socket`, outcome: 'open', ms: 4 },
});

describe('chromium.targets and chromium.report (browser mode)', () => {
  it("names the app chain's hosts, and turns the page's outcomes into the run's chromium checks", async () => {
    const dispatch = createDispatch(await options());
    const run = await dispatch(
      'checks.run',
      { runId: 'r1', lang: 'en', groups: ['network'] },
      call,
    );
    expect(run.ok).toBe(true);
    expect(await dispatch('chromium.targets', { runId: 'r1', lang: 'en' }, call)).toEqual({
      ok: true,
      value: {
        targets: [{ host: '127.0.0.1', port, websocketPath: '/w_socket', required: true }],
        timeoutMs: 2000,
      },
    });
    const reply = await dispatch(
      'chromium.report',
      { runId: 'r1', lang: 'en', results: [opaque('127.0.0.1', port)] },
      call,
    );
    if (!reply.ok) throw new Error(reply.problem.message);
    const updated = checkRunSchema.parse(reply.value);
    const chromium = updated.checks.filter((c) => c.kind === 'chromium');
    expect(chromium).toMatchObject([
      { id: `chromium:127.0.0.1:${port}`, status: 'pass', detail: { stack: 'browser-page' } },
    ]);
    // The port is closed for the app: the PC stays not ready, whatever the browser says.
    expect(updated.ready).toBe(false);
    // Reported again, the browser's checks are replaced, not added twice.
    const again = await dispatch(
      'chromium.report',
      { runId: 'r1', lang: 'en', results: [opaque('127.0.0.1', port)] },
      call,
    );
    if (!again.ok) throw new Error(again.problem.message);
    expect(
      checkRunSchema.parse(again.value).checks.filter((c) => c.kind === 'chromium'),
    ).toHaveLength(1);
  });

  it('refuses a malformed report with where it is wrong', async () => {
    const dispatch = createDispatch(await options());
    const reply = await dispatch(
      'chromium.report',
      {
        runId: 'r1',
        lang: 'en',
        results: [{ host: '127.0.0.1', port: 'x', fetch: { outcome: 'reached' }, extra: 1 }],
      },
      call,
    );
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.problem.code).toBe('bad_params');
    expect(reply.problem.message).toBe('The parameters of chromium.report are not valid.');
    expect(reply.problem.issues?.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['results.0.port', 'results.0.fetch.outcome', 'results.0']),
    );
  });

  it('refuses a host that is not one of the run, an unknown run, and any caller but the browser-mode page', async () => {
    const dispatch = createDispatch(await options());
    await dispatch('checks.run', { runId: 'r1', lang: 'en', groups: ['network'] }, call);
    const foreign = await dispatch(
      'chromium.report',
      { runId: 'r1', lang: 'en', results: [opaque('evil.example', 443)] },
      call,
    );
    expect(foreign).toEqual({
      ok: false,
      problem: {
        code: 'bad_params',
        message:
          'These are not hosts of run r1: evil.example:443. Report only the hosts that chromium.targets names.',
      },
    });
    expect(await dispatch('chromium.targets', { runId: 'nope', lang: 'en' }, call)).toMatchObject({
      ok: false,
      problem: { code: 'not_found' },
    });
    const cli = createDispatch(await options({ mode: 'cli' }));
    expect(
      await cli('chromium.report', { runId: 'r1', lang: 'en', results: [] }, call),
    ).toMatchObject({ ok: false, problem: { code: 'unknown_method' } });
    const electron = createDispatch(await options({ mode: 'electron' }));
    expect(
      await electron('chromium.report', { runId: 'r1', lang: 'en', results: [] }, call),
    ).toMatchObject({ ok: false, problem: { code: 'refused' } });
  });

  it('in the app, the shell session probes the same targets once the chain is done', async () => {
    const seen: unknown[] = [];
    const dispatch = createDispatch(
      await options({
        mode: 'electron',
        chromiumProbe: async (targets, timeoutMs) => {
          seen.push({ targets, timeoutMs });
          return targets.map((t) => ({
            host: t.host,
            port: t.port,
            fetch: {
              url: `https://${t.host}:${t.port}/`,
              outcome: 'error' as const,
              errorName: 'Error',
              errorMessage: 'net::ERR_CONNECTION_REFUSED',
              ms: 3,
            },
          }));
        },
      }),
    );
    const reply = await dispatch(
      'checks.run',
      { runId: 'r2', lang: 'en', groups: ['network'] },
      call,
    );
    if (!reply.ok) throw new Error(reply.problem.message);
    const probed = checkRunSchema.parse(reply.value);
    expect(seen).toEqual([
      {
        targets: [{ host: '127.0.0.1', port, websocketPath: '/w_socket', required: true }],
        timeoutMs: 2000,
      },
    ]);
    expect(probed.checks.find((c) => c.kind === 'chromium')).toMatchObject({
      status: 'warn',
      verdict: 'chromium_failed',
      message: `The app's Chromium could not reach 127.0.0.1:${port}.`,
      detail: {
        stack: 'electron-session',
        fetch: { errorMessage: 'net::ERR_CONNECTION_REFUSED' },
      },
    });
    // Worded in both languages, so a language switch re-words it (issue 15).
    expect(probed.checks.find((c) => c.kind === 'chromium')?.texts).toEqual({
      ja: expect.objectContaining({
        message: `アプリの Chromium は 127.0.0.1:${port} に接続できませんでした。`,
      }),
      en: expect.objectContaining({
        message: `The app's Chromium could not reach 127.0.0.1:${port}.`,
      }),
    });
  });
});
