import { runToCompletion } from '../../../../test/fixtures/processes';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpFixture } from '../../../../test/fixtures/http-server';
import { gsettingsProxyCommand, parseGVariant } from './gnome-proxy';
import { createSystemProxyResolver, readSystemProxySettings } from './system-proxy-resolver';

// Real gsettings with its keyfile backend in a temporary XDG_CONFIG_HOME: the same reads GNOME's dconf
// would answer, without touching this machine's settings.
let env: NodeJS.ProcessEnv;
let configHome: string;
const servers: HttpFixture[] = [];

beforeEach(async () => {
  configHome = await mkdtemp(join(tmpdir(), 'sp-gsettings-'));
  env = {
    PATH: process.env.PATH,
    HOME: configHome,
    XDG_CONFIG_HOME: configHome,
    GSETTINGS_BACKEND: 'keyfile',
  };
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await rm(configHome, { recursive: true, force: true });
});

function gset(schema: string, key: string, value: string): void {
  runToCompletion('gsettings', ['set', schema, key, value], { env });
}

describe('GNOME proxy settings (gsettings)', () => {
  it('lists the whole proxy schema in one call', () => {
    expect(gsettingsProxyCommand).toEqual({
      file: 'gsettings',
      args: ['list-recursively', 'org.gnome.system.proxy'],
      timeoutMs: 5000,
    });
  });

  it('has no resolver when the mode is none (the default)', async () => {
    expect(await readSystemProxySettings(env, 'linux')).toEqual([]);
    expect(await createSystemProxyResolver(env, 'linux')).toBeUndefined();
  });

  it('reads a manual HTTPS proxy with ignore-hosts and resolves through it', async () => {
    gset('org.gnome.system.proxy', 'mode', "'manual'");
    gset('org.gnome.system.proxy.https', 'host', "'proxy.corp'");
    gset('org.gnome.system.proxy.https', 'port', '3128');
    gset('org.gnome.system.proxy', 'ignore-hosts', "['localhost', '*.corp', '10.0.0.0/8']");
    expect(await readSystemProxySettings(env, 'linux')).toEqual([
      {
        origin: 'gnome',
        servers: { https: 'proxy.corp:3128' },
        bypass: ['localhost', '*.corp', '10.0.0.0/8'],
      },
    ]);
    const resolve = await createSystemProxyResolver(env, 'linux');
    expect(await resolve?.({ host: 'assist.zoho.com', port: 443, protocol: 'tls' })).toMatchObject({
      kind: 'proxy',
      source: 'system',
      url: new URL('http://proxy.corp:3128'),
    });
    expect(await resolve?.({ host: 'git.corp', port: 443, protocol: 'tls' })).toMatchObject({
      kind: 'direct',
      source: 'system',
    });
    expect(await resolve?.({ host: '10.1.1.1', port: 443, protocol: 'tls' })).toMatchObject({
      kind: 'direct',
      source: 'system',
    });
  });

  it("uses the HTTP proxy for everything with use-same-proxy (GNOME Settings' single proxy)", async () => {
    gset('org.gnome.system.proxy', 'mode', "'manual'");
    gset('org.gnome.system.proxy.http', 'host', "'p.corp'");
    gset('org.gnome.system.proxy.http', 'port', '8080');
    expect((await readSystemProxySettings(env, 'linux'))[0]?.servers).toEqual({
      http: 'p.corp:8080',
      https: 'p.corp:8080',
    });
  });

  it('evaluates the PAC of the automatic mode', async () => {
    const server = await startHttpServer({
      body: 'function FindProxyForURL(u, h) { return h == "assist.zoho.com" ? "PROXY 127.0.0.1:3128" : "DIRECT"; }',
    });
    servers.push(server);
    gset('org.gnome.system.proxy', 'mode', "'auto'");
    gset('org.gnome.system.proxy', 'autoconfig-url', `'http://127.0.0.1:${server.port}/wpad.dat'`);
    const resolve = await createSystemProxyResolver(env, 'linux', { timeoutMs: 2000 });
    expect(await resolve?.({ host: 'assist.zoho.com', port: 443, protocol: 'tls' })).toMatchObject({
      kind: 'proxy',
      source: 'pac',
    });
    expect(await resolve?.({ host: 'join.zoho.com', port: 443, protocol: 'tls' })).toMatchObject({
      kind: 'direct',
      source: 'pac',
    });
  });

  it('reports automatic detection without a URL, but has nothing to resolve with', async () => {
    gset('org.gnome.system.proxy', 'mode', "'auto'");
    expect(await readSystemProxySettings(env, 'linux')).toEqual([
      {
        origin: 'gnome',
        servers: {},
        bypass: ['localhost', '127.0.0.0/8', '::1'],
        autoDetect: true,
      },
    ]);
    // WPAD (wpad.ts) with no DNS suffix to try: nothing found, so no proxy, and the detail says why.
    const resolve = await createSystemProxyResolver(env, 'linux', { dnsSuffixes: async () => [] });
    expect(await resolve?.({ host: 'assist.zoho.com', port: 443, protocol: 'tls' })).toMatchObject({
      kind: 'direct',
      source: 'none',
      detail: { origin: 'gnome', autoDetect: true, wpad: { found: false, tried: [] } },
    });
  });

  it.each([
    ["'manual'", 'manual'],
    ['"it\'s"', "it's"],
    ["['a', 'b']", ['a', 'b']],
    ['@as []', []],
    ['uint32 8080', 8080],
    ['true', true],
  ])('GVariant %s', (text, value) => expect(parseGVariant(text)).toEqual(value));
});
