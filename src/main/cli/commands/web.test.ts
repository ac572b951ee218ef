import { rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRendererDir, rawGet, tradeLaunch } from '../../web/test-helpers';
import { testIo } from '../cli-test-io';
import { main } from '../index';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function waitFor(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !predicate(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('session-prep web', () => {
  it('prints its URL (the one-time launch code in its fragment) on the first line, serves until stopped, then exits 0', async () => {
    const dirs = await makeRendererDir();
    root = dirs.root;
    const stop = new AbortController();
    const env = {
      PATH: process.env.PATH,
      SESSION_PREP_RENDERER_DIR: dirs.rendererDir,
      XDG_STATE_HOME: join(root, 'state'),
    };
    const t = testIo({ env, signal: stop.signal, lang: 'ja' });
    const exit = main(['web', '--no-open', '--lang', 'ja'], t.io);
    await waitFor(() => t.out().includes('\n'));
    const url = new URL(t.out().split('\n')[0]!);
    expect(url.hostname).toBe('127.0.0.1');
    const launch = new URLSearchParams(url.hash.slice(1)).get('launch') ?? '';
    expect(launch).toMatch(/^[\w-]{43}$/);
    expect(t.err()).toContain('上のアドレスを Web ブラウザー');
    const res = await tradeLaunch(Number(url.port), launch);
    expect(res.status).toBe(200);
    stop.abort();
    expect(await exit).toBe(0);
    await expect(rawGet(Number(url.port), '/', { host: url.host })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('refuses a port that is taken, saying what to do', async () => {
    const dirs = await makeRendererDir();
    root = dirs.root;
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    const t = testIo({
      env: {
        PATH: process.env.PATH,
        SESSION_PREP_RENDERER_DIR: dirs.rendererDir,
        XDG_STATE_HOME: join(root, 'state'),
      },
    });
    try {
      expect(await main(['web', '--no-open', '--port', String(port)], t.io)).toBe(2);
    } finally {
      taken.close();
    }
    expect(t.err()).toContain(`Port ${port} is already in use. Choose another --port`);
    expect(t.out()).toBe('');
  });

  it('refuses a bad port or a bad catalog with exit 2 and a sentence', async () => {
    const port = testIo();
    expect(await main(['web', '--port', 'http', '--no-open'], port.io)).toBe(2);
    expect(port.err()).toContain('--port must be a whole number');
    const catalog = testIo();
    expect(await main(['web', '--no-open', '--catalog', '/nonexistent.json'], catalog.io)).toBe(2);
    expect(catalog.err()).toContain('Cannot read the catalog /nonexistent.json');
    expect(catalog.out()).toBe('');
  });
});
