import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, pageMethodNames } from '../shared/api';
import type { EventPayload } from '../shared/events';
import { buildPreloadSurface, isPreloadSurface } from '../shared/preload-surface';
import { createPreloadClient } from '../renderer/api/preload-client';
import { builtInCatalog } from '../main/core/catalog/load-catalog';
import { createDispatch, type Dispatch } from '../main/core/dispatch';

let dir: string;
let dispatch: Dispatch;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-preload-'));
  dispatch = createDispatch({
    catalog: builtInCatalog(),
    lang: 'ja',
    mode: 'electron',
    timeoutMs: 2000,
    env: {},
    dataDir: dir,
  });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The preload's surface over a stand-in for ipcRenderer.invoke/ipcMain.handle that calls the real dispatch. */
function wiredSurface() {
  const invoked: string[] = [];
  let deliver: (event: unknown, payload: unknown) => void = () => undefined;
  const surface = buildPreloadSurface(
    (method, params) => {
      invoked.push(method);
      return dispatch(method, params, { emit: (name, payload) => deliver(name, payload) });
    },
    (d) => (deliver = d),
  );
  return { surface, invoked, send: (event: unknown, payload: unknown) => deliver(event, payload) };
}

describe('the preload surface (window.sessionPrep)', () => {
  it('exposes exactly the page’s methods of the table and `on`, frozen', () => {
    const { surface } = wiredSurface();
    expect(Object.keys(surface).sort()).toEqual([...pageMethodNames, 'on'].sort());
    // What only the command line may call (writing a file where it is told, reading the files it is
    // named) is not there at all.
    expect(methodNames.filter((m) => !Object.hasOwn(surface, m)).sort()).toEqual([
      'catalog.check',
      'checks.keep',
      'fleet.summarize',
      'report.write',
    ]);
    expect(Object.isFrozen(surface)).toBe(true);
    expect(isPreloadSurface(surface)).toBe(true);
    expect(isPreloadSurface({ ...surface, 'app.info': undefined })).toBe(false);
  });

  it('invokes only the method named by the table entry, and main refuses bad params with a clear error', async () => {
    const { surface, invoked } = wiredSurface();
    const info = await surface['app.info']({});
    expect(info).toMatchObject({ ok: true, value: { mode: 'electron', lang: 'ja' } });
    const bad = await surface['fixes.apply']({ ids: [], consent: true, lang: 'ja' });
    expect(bad).toMatchObject({
      ok: false,
      problem: { code: 'bad_params', issues: [{ path: ['ids'] }] },
    });
    expect(invoked).toEqual(['app.info', 'fixes.apply']);
  });

  it('passes known events to subscribers only, and stops after unsubscribe', () => {
    const { surface, send } = wiredSurface();
    const seen: unknown[] = [];
    const off = surface.on('checks.progressed', (p) => seen.push(p));
    send('checks.progressed', 1);
    send('shell.exec', 2);
    off();
    send('checks.progressed', 3);
    expect(seen).toEqual([1]);
    expect(surface.on('nope' as 'checks.progressed', () => seen.push('x'))).toBeTypeOf('function');
  });
});

describe('the Electron client over the surface', () => {
  const finished: EventPayload<'checks.progressed'> = {
    type: 'run.finished',
    runId: 'r',
    ready: true,
    cancelled: false,
  };

  it('returns parsed replies and parsed events', async () => {
    const { surface, send } = wiredSurface();
    const client = createPreloadClient(surface, { lang: () => 'ja' });
    expect(await client.call('app.info', {})).toMatchObject({
      ok: true,
      value: { mode: 'electron' },
    });
    const seen: unknown[] = [];
    client.on('checks.progressed', (p) => seen.push(p));
    send('checks.progressed', { type: 'run.finished', runId: 'r' });
    send('checks.progressed', finished);
    expect(seen).toEqual([finished]);
  });
});
