import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appFilePath,
  appOrigin,
  appPageUrl,
  appResponseHeaders,
  appSchemePrivileges,
  decideAppRequest,
  type AppRequestDecision,
} from './app-protocol';
import { isOwnFrame } from './shell-guards';

const get = (url: string, initiatorOrigin?: string): AppRequestDecision =>
  decideAppRequest({ url, method: 'GET', ...(initiatorOrigin ? { initiatorOrigin } : {}) });

describe('decideAppRequest (which file app://session-prep/ serves)', () => {
  it('serves the page at / and at /index.html, and the assets Vite writes, with their types', () => {
    expect(get('app://session-prep/')).toEqual({
      serve: true,
      relativePath: 'index.html',
      contentType: 'text/html; charset=utf-8',
    });
    expect(get(appPageUrl)).toMatchObject({ serve: true, relativePath: 'index.html' });
    expect(get('app://session-prep/assets/index-B1x2.js', appOrigin)).toEqual({
      serve: true,
      relativePath: 'assets/index-B1x2.js',
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(get('app://session-prep/assets/index-C3.css', appOrigin)).toMatchObject({
      contentType: 'text/css; charset=utf-8',
    });
    // A query or hash does not change which file answers.
    expect(get('app://session-prep/index.html?x=1#network')).toMatchObject({
      relativePath: 'index.html',
    });
  });

  it('refuses path traversal however it is spelled', () => {
    for (const url of [
      'app://session-prep/assets/..%2f..%2fmain.js',
      'app://session-prep/assets/..%5c..%5cmain.js',
      'app://session-prep/assets%2f..%2f..%2fpackage.json',
      'app://session-prep/..%252f..%252fpackage.json',
      'app://session-prep/.env.json',
      'app://session-prep/assets/.hidden.js',
      'app://session-prep/C:%5cWindows%5cwin.ini.json',
      'app://session-prep/assets/x%00.js',
      'app://session-prep/assets/x%0a.js',
      'app://session-prep/assets//x.js',
      'app://session-prep/assets/%E0%A4%A.js',
    ]) {
      const d = get(url);
      expect(d.serve, url).toBe(false);
    }
  });

  it('keeps what the URL parser resolves (plain or encoded dot segments) inside the folder', () => {
    const root = join(tmpdir(), 'renderer');
    for (const [url, expected] of [
      ['app://session-prep/assets/../../../index.html', 'index.html'],
      ['app://session-prep/%2e%2e/%2e%2e/etc/passwd.json', 'etc/passwd.json'],
      ['app://session-prep/assets/.%2e/.%2e/x.js', 'x.js'],
    ] as const) {
      const d = get(url);
      expect(d, url).toMatchObject({ serve: true, relativePath: expected });
      if (d.serve)
        expect(appFilePath(root, d.relativePath)).toBe(join(root, ...expected.split('/')));
    }
  });

  it('refuses other origins, other hosts, other methods and file types the wizard has not', () => {
    expect(get('app://session-prep/index.html', 'https://evil.example')).toMatchObject({
      serve: false,
      status: 403,
    });
    expect(get('app://session-prep/index.html', 'null')).toMatchObject({ status: 403 });
    expect(get('app://other-host/index.html')).toMatchObject({ serve: false, status: 404 });
    expect(get('app://session-prep:8080/index.html')).toMatchObject({ serve: false });
    expect(get('app://user:pw@session-prep/index.html')).toMatchObject({ serve: false });
    expect(
      get('file:///opt/Session%20Prep/resources/app.asar/dist/renderer/index.html'),
    ).toMatchObject({ serve: false });
    expect(decideAppRequest({ url: appPageUrl, method: 'POST' })).toMatchObject({ status: 405 });
    expect(decideAppRequest({ url: appPageUrl, method: 'HEAD' })).toMatchObject({ serve: true });
    for (const name of ['main.mjs', 'preload.cjs', 'package', 'index.html.map', 'x.exe', 'x.node'])
      expect(get(`app://session-prep/${name}`), name).toMatchObject({ serve: false, status: 404 });
    expect(get('not a url')).toMatchObject({ serve: false, status: 400 });
  });
});

describe('appFilePath (the last gate before the disk)', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sp-app-protocol-'));
    await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
    await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'secret.json'), '{"secret":1}');
    await symlink(join(root, 'secret.json'), join(root, 'renderer', 'assets', 'link.json'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('joins a served path under the renderer folder, and reads the real file there', async () => {
    const decision = get(appPageUrl);
    if (!decision.serve) throw new Error('the page must be served');
    const path = appFilePath(join(root, 'renderer'), decision.relativePath);
    expect(path).toBe(join(root, 'renderer', 'index.html'));
    expect(await readFile(path ?? '', 'utf8')).toBe('<!doctype html>');
  });

  it('never answers with a path outside the folder, even for a relative path no decision produces', () => {
    const renderer = join(root, 'renderer');
    expect(appFilePath(renderer, '../secret.json')).toBeUndefined();
    expect(appFilePath(renderer, 'assets/../../secret.json')).toBeUndefined();
    expect(appFilePath(renderer, '')).toBeUndefined();
  });
});

describe('the scheme’s privileges and headers', () => {
  it('never bypasses the CSP, and every response carries the strict one', () => {
    expect(appSchemePrivileges).toMatchObject({ standard: true, secure: true, bypassCSP: false });
    expect(appSchemePrivileges.allowServiceWorkers).toBe(false);
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('is the origin isOwnFrame accepts, and nothing else is', () => {
    expect(isOwnFrame({ url: appPageUrl, isMainFrame: true }, appPageUrl)).toBe(true);
    expect(isOwnFrame({ url: `${appPageUrl}#network`, isMainFrame: true }, appPageUrl)).toBe(true);
    for (const url of [
      'app://session-prep/other.html',
      'app://evil/index.html',
      'file:///opt/Session%20Prep/resources/app.asar/dist/renderer/index.html',
      'https://session-prep/index.html',
    ])
      expect(isOwnFrame({ url, isMainFrame: true }, appPageUrl), url).toBe(false);
    expect(isOwnFrame({ url: appPageUrl, isMainFrame: false }, appPageUrl)).toBe(false);
  });
});
