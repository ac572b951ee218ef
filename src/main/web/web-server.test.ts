import { mkdtemp, rm, stat, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startProcess } from '../../../test/fixtures/processes';
import { createDispatch } from '../core/dispatch';
import { writeLaunchFile } from './launch-file';
import { MAX_BRIDGE_SOCKETS } from './page-session';
import { browserCommand } from './open-browser';
import {
  bridgeProtocols,
  makeRendererDir,
  pageSecretOf,
  rawGet,
  testCoreOptions,
  tradeLaunch,
} from './test-helpers';
import { startWebServer, type RunningWebServer } from './web-server';

let server: RunningWebServer;
let root: string;

beforeEach(async () => {
  const dirs = await makeRendererDir();
  root = dirs.root;
  server = await startWebServer({
    dispatch: createDispatch(testCoreOptions(join(root, 'data'))),
    rendererDir: dirs.rendererDir,
  });
});
afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const own = () => ({ host: `127.0.0.1:${server.port}` });
const ownOrigin = () => `http://127.0.0.1:${server.port}`;

describe('browser mode: the launch code and the page secret (issue 14)', () => {
  it('prints a loopback URL whose one-time launch code is in the fragment, never sent in a request', () => {
    expect(server.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#launch=[A-Za-z0-9_-]{43}$`),
    );
    expect(new URL(server.url).search).toBe('');
  });

  it('sets no cookie on any answer: no other loopback port can receive a credential', async () => {
    for (const path of ['/', '/assets/app.js', '/nowhere'])
      expect((await rawGet(server.port, path, own())).headers['set-cookie']).toBeUndefined();
    const traded = await tradeLaunch(server.port, server.launchCode);
    expect(traded.status).toBe(200);
    expect(traded.headers['set-cookie']).toBeUndefined();
  });

  it('trades the launch code once: the printed URL, used again (another profile), gets nothing', async () => {
    const first = await tradeLaunch(server.port, server.launchCode);
    expect(JSON.parse(first.body)).toEqual({ secret: expect.stringMatching(/^[\w-]{43}$/) });
    const again = await tradeLaunch(server.port, server.launchCode);
    expect(again.status).toBe(403);
    expect(again.body).toContain('already been used');
    expect((await tradeLaunch(server.port, 'guess')).status).toBe(403);
  });

  it('takes the trade only from its own page: a foreign Origin or no Origin is refused, the code stays usable', async () => {
    const body = JSON.stringify({ launch: server.launchCode });
    for (const origin of [
      undefined,
      'http://evil.example',
      `http://127.0.0.1:${server.port + 1}`,
    ]) {
      const res = await rawGet(
        server.port,
        '/session',
        { ...own(), 'content-type': 'application/json', ...(origin ? { origin } : {}) },
        'POST',
        body,
      );
      expect(res.status, String(origin)).toBe(403);
    }
    expect((await tradeLaunch(server.port, server.launchCode)).status).toBe(200);
  });

  it('serves the wizard’s files without a credential (they hold nothing secret), with its headers', async () => {
    const res = await rawGet(server.port, '/', own());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'none'");
  });

  it('refuses a foreign Host (DNS rebinding), a foreign Origin, and fetch metadata from another site', async () => {
    for (const host of [
      `rebind.example:${server.port}`,
      '127.0.0.1',
      `127.0.0.1:${server.port + 1}`,
    ]) {
      const res = await rawGet(server.port, '/', { host });
      expect(res.status, host).toBe(403);
      // Issue 15: read before any language is chosen, so Japanese first, then English, each with the next step.
      expect(res.body).toMatch(
        /^このアドレスはここでは提供していません（Host が異なります）。Session Prep が表示した、http:\/\/127\.0\.0\.1 で始まるアドレスを開いてください。\n\nThis address is not served here \(foreign Host\)\. Open the address Session Prep printed/,
      );
    }
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null']) {
      const res = await rawGet(server.port, '/', { ...own(), origin });
      expect(res.status, origin).toBe(403);
      expect(res.body).toContain('foreign Origin');
    }
    expect(
      (await rawGet(server.port, '/', { ...own(), 'sec-fetch-site': 'cross-site' })).status,
    ).toBe(403);
  });

  it.runIf(process.platform === 'linux' && process.getuid?.() === 0)(
    'refuses the trade to another user of this PC, who could read the address in the process list',
    async () => {
      const script = `fetch('http://127.0.0.1:${server.port}/session',{method:'POST',headers:{origin:'http://127.0.0.1:${server.port}','content-type':'application/json'},body:JSON.stringify({launch:${JSON.stringify(server.launchCode)}})}).then(r=>r.text().then(t=>{process.stdout.write(r.status+' '+t)}))`;
      const other = await startProcess(
        process.execPath,
        ['-e', script],
        ['ignore', 'pipe', 'ignore'],
        { uid: 65534, gid: 65534 },
      );
      let out = '';
      other.child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
      await other.exited;
      expect(out).toMatch(
        /^403 Session Prep は、起動したユーザーにだけ応答します。[\s\S]*\n\nSession Prep serves only the user who started it/,
      );
      // The real page can still trade it.
      expect((await tradeLaunch(server.port, server.launchCode)).status).toBe(200);
    },
  );
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
      const res = await rawGet(server.port, path, own());
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('TOP SECRET');
    }
  });

  it('answers only GET and HEAD (and POST on /session)', async () => {
    expect((await rawGet(server.port, '/', own(), 'POST')).status).toBe(405);
    expect((await rawGet(server.port, '/session', own(), 'GET')).status).toBe(405);
    const head = await rawGet(server.port, '/', own(), 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('browser mode: the WebSocket upgrade', () => {
  const connect = (protocols: string[], origin?: string, headers: Record<string, string> = {}) =>
    new Promise<{ opened: boolean; status?: number; socket?: WebSocket }>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}/bridge`, protocols, {
        headers,
        ...(origin ? { origin } : {}),
      });
      ws.on('open', () => resolve({ opened: true, socket: ws }));
      ws.on('unexpected-response', (_req, res) =>
        resolve({ opened: false, status: res.statusCode }),
      );
      ws.on('error', () => resolve({ opened: false }));
    });

  it('accepts the page secret from its own page and round-trips a real call through dispatch', async () => {
    const result = await connect(bridgeProtocols(await pageSecretOf(server)), ownOrigin());
    expect(result.opened).toBe(true);
    const ws = result.socket!;
    expect(ws.protocol).toBe('session-prep');
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
    const protocols = bridgeProtocols(await pageSecretOf(server));
    const first = await connect(protocols, ownOrigin());
    const closed = new Promise<number>((resolve) =>
      first.socket!.on('close', (code) => resolve(code)),
    );
    first.socket!.send('x'.repeat(2 * 1024 * 1024));
    expect(await closed).toBe(1009);
    const second = await connect(protocols, ownOrigin());
    expect(second.opened).toBe(true);
    second.socket!.close();
  });

  // Issue 14: with the cookie and a forged Origin a script moved a folder to the trash (cleanup.run).
  it('refuses a forged Origin without the page secret, the launch code in its place, a guess, a foreign Host', async () => {
    const secret = await pageSecretOf(server);
    expect(await connect(['session-prep'], ownOrigin())).toEqual({ opened: false, status: 403 });
    expect(await connect(bridgeProtocols(server.launchCode), ownOrigin())).toEqual({
      opened: false,
      status: 403,
    });
    expect(await connect(bridgeProtocols('guess'), ownOrigin())).toEqual({
      opened: false,
      status: 403,
    });
    expect(await connect(bridgeProtocols(secret), 'http://evil.example')).toEqual({
      opened: false,
      status: 403,
    });
    expect(await connect(bridgeProtocols(secret))).toEqual({ opened: false, status: 403 });
    expect(
      await connect(bridgeProtocols(secret), ownOrigin(), {
        host: `rebind.example:${server.port}`,
      }),
    ).toEqual({ opened: false, status: 403 });
  });

  it(`serves at most ${MAX_BRIDGE_SOCKETS} bridge sockets at once`, async () => {
    const protocols = bridgeProtocols(await pageSecretOf(server));
    const open: WebSocket[] = [];
    for (let i = 0; i < MAX_BRIDGE_SOCKETS; i++) {
      const c = await connect(protocols, ownOrigin());
      expect(c.opened).toBe(true);
      open.push(c.socket!);
    }
    expect(await connect(protocols, ownOrigin())).toEqual({ opened: false, status: 503 });
    open[0]!.close();
    await new Promise((r) => setTimeout(r, 100));
    const again = await connect(protocols, ownOrigin());
    expect(again.opened).toBe(true);
    for (const s of [...open, again.socket!]) s.close();
  });
});

describe('opening the browser without the secret on a command line (issue 14)', () => {
  it('on Windows and macOS the opener gets a private file, which alone holds the launch address', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sp-launch-'));
    try {
      const file = await writeLaunchFile(server.url, dir);
      for (const platform of ['win32', 'darwin'] as const) {
        const argv = browserCommand(platform, file.path);
        expect(argv.args.join(' ')).not.toContain(server.launchCode);
      }
      expect((await stat(file.path)).mode & 0o777).toBe(0o600);
      expect((await stat(join(file.path, '..'))).mode & 0o777).toBe(0o700);
      expect(await readFile(file.path, 'utf8')).toContain(
        `content="0;url=http://127.0.0.1:${server.port}/#launch=${server.launchCode}"`,
      );
      await file.remove();
      await expect(stat(file.path)).rejects.toThrow(/ENOENT/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
