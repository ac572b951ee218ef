import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createDispatch } from '../core/dispatch';
import { makeRendererDir, rawGet, testCoreOptions } from './test-helpers';
import { startWebServer, type RunningWebServer } from './web-server';

let server: RunningWebServer;
let root: string;
let cookie: string;

beforeEach(async () => {
  const dirs = await makeRendererDir();
  root = dirs.root;
  server = await startWebServer({
    dispatch: createDispatch(testCoreOptions(join(root, 'data'))),
    rendererDir: dirs.rendererDir,
  });
  cookie = `session_prep_${server.port}=${server.token}`;
});
afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const own = () => ({ host: `127.0.0.1:${server.port}` });

describe('browser mode: the token', () => {
  it('prints a loopback URL with a long random token', () => {
    expect(server.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{43}$`),
    );
  });

  it('trades the token in the URL for an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const res = await rawGet(server.port, `/?token=${server.token}`, own());
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toBe(`${cookie}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('serves the page with the cookie, with its MIME type and security headers', async () => {
    const res = await rawGet(server.port, '/', { ...own(), cookie });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<title>Session Prep</title>');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain(
      `connect-src 'self' ws://127.0.0.1:${server.port}`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    const js = await rawGet(server.port, '/assets/app.js', { ...own(), cookie });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await rawGet(server.port, '/assets/style.css', {
      host: `localhost:${server.port}`,
      cookie,
    });
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    const none = await rawGet(server.port, '/', own());
    expect(none.status).toBe(403);
    expect(none.body).toContain('Open the address Session Prep printed');
    expect((await rawGet(server.port, '/assets/app.js', own())).status).toBe(403);
    expect((await rawGet(server.port, '/?token=guess', own())).status).toBe(403);
    expect(
      (await rawGet(server.port, '/', { ...own(), cookie: `session_prep_${server.port}=guess` }))
        .status,
    ).toBe(403);
  });
});

describe('browser mode in Japanese', () => {
  it('words its refusals in the language it was started with', async () => {
    const dirs = await makeRendererDir();
    const ja = await startWebServer({
      dispatch: createDispatch(testCoreOptions(join(dirs.root, 'data'))),
      rendererDir: dirs.rendererDir,
      lang: 'ja',
    });
    try {
      const res = await rawGet(ja.port, '/', { host: `127.0.0.1:${ja.port}` });
      expect(res.status).toBe(403);
      expect(res.body).toBe(
        'このページはトークン付きのアドレスで開く必要があります。Session Prep が表示したアドレスを開いてください。\n',
      );
    } finally {
      await ja.close();
      await rm(dirs.root, { recursive: true, force: true });
    }
  });
});

describe('browser mode: DNS rebinding and other sites', () => {
  it('refuses a foreign Host even with the right token', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      `127.0.0.1:${server.port + 1}`,
      '127.0.0.1',
      `[::1]:${server.port}`,
    ]) {
      const res = await rawGet(server.port, `/?token=${server.token}`, { host });
      expect(res.status, host).toBe(403);
      expect(res.body).toContain('foreign Host');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses a foreign Origin, and fetch metadata from another site', async () => {
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${server.port + 1}`,
      'null',
      `https://127.0.0.1:${server.port}`,
    ]) {
      const res = await rawGet(server.port, '/', { ...own(), cookie, origin });
      expect(res.status, origin).toBe(403);
      expect(res.body).toContain('foreign Origin');
    }
    const crossSite = await rawGet(server.port, '/', {
      ...own(),
      cookie,
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);
    const ownOrigin = await rawGet(server.port, '/', {
      ...own(),
      cookie,
      origin: `http://127.0.0.1:${server.port}`,
      'sec-fetch-site': 'same-origin',
    });
    expect(ownOrigin.status).toBe(200);
  });
});

describe('browser mode: files', () => {
  it('never leaves the renderer folder, lists no directory, hides dotfiles', async () => {
    const tries = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%5c..%5csecret.txt',
      '/assets/',
      '/assets',
      '/.env',
      '/%00index.html',
      '//etc/passwd',
    ];
    for (const path of tries) {
      const res = await rawGet(server.port, path, { ...own(), cookie });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('TOP SECRET');
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await rawGet(server.port, '/', { ...own(), cookie }, 'POST')).status).toBe(405);
    const head = await rawGet(server.port, '/', { ...own(), cookie }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('browser mode: the WebSocket upgrade', () => {
  const connect = (headers: Record<string, string>, origin?: string) =>
    new Promise<{ opened: boolean; status?: number; socket?: WebSocket }>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}/bridge`, {
        headers,
        ...(origin ? { origin } : {}),
      });
      ws.on('open', () => resolve({ opened: true, socket: ws }));
      ws.on('unexpected-response', (_req, res) =>
        resolve({ opened: false, status: res.statusCode }),
      );
      ws.on('error', () => resolve({ opened: false }));
    });

  it('accepts its own page and round-trips a real call through dispatch', async () => {
    const result = await connect({ cookie }, `http://127.0.0.1:${server.port}`);
    expect(result.opened).toBe(true);
    const ws = result.socket!;
    const reply = new Promise<unknown>((resolve) =>
      ws.once('message', (d) => resolve(JSON.parse(d.toString()))),
    );
    ws.send(JSON.stringify({ id: 7, method: 'app.info', params: {} }));
    expect(await reply).toMatchObject({
      id: 7,
      reply: { ok: true, value: { mode: 'web', lang: 'en', catalog: { id: 'zoho-assist' } } },
    });
    ws.close();
  });

  it('survives an oversized message: that socket is closed, the host keeps serving', async () => {
    const first = await connect({ cookie }, `http://127.0.0.1:${server.port}`);
    const closed = new Promise<number>((resolve) =>
      first.socket!.on('close', (code) => resolve(code)),
    );
    first.socket!.send('x'.repeat(2 * 1024 * 1024));
    expect(await closed).toBe(1009);
    const second = await connect({ cookie }, `http://127.0.0.1:${server.port}`);
    expect(second.opened).toBe(true);
    second.socket!.close();
  });

  it('refuses a cross-origin page, a missing Origin, a missing token and a foreign Host', async () => {
    const ownOrigin = `http://127.0.0.1:${server.port}`;
    expect(await connect({ cookie }, 'http://evil.example')).toEqual({
      opened: false,
      status: 403,
    });
    expect(await connect({ cookie })).toEqual({ opened: false, status: 403 });
    expect(await connect({}, ownOrigin)).toEqual({ opened: false, status: 403 });
    expect(await connect({ cookie, host: `rebind.example:${server.port}` }, ownOrigin)).toEqual({
      opened: false,
      status: 403,
    });
  });
});
