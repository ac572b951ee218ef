import { runToCompletion } from '../../../../test/fixtures/processes';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpFixture } from '../../../../test/fixtures/http-server';
import type { ProxyDecision } from './proxy-decision';
import { createSystemProxyResolver, resolverFromSettings } from './system-proxy-resolver';

const pacScript = `function FindProxyForURL(url, host) {
  if (url.indexOf(":8443/") > 0) return "PROXY 127.0.0.1:9443";
  if (dnsDomainIs(host, ".zoho.com")) return "PROXY 127.0.0.1:3128; DIRECT";
  if (shExpMatch(url, "http://*")) return "PROXY 127.0.0.1:8080";
  if (host == "socks.example") return "SOCKS5 127.0.0.1:1080";
  alert("this must not reach stdout");
  return "DIRECT";
}`;

const servers: HttpFixture[] = [];
let dir: string | undefined;
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function servePac(body: string, status = 200): Promise<{ url: string; server: HttpFixture }> {
  const server = await startHttpServer({ status, body });
  servers.push(server);
  return { url: `http://127.0.0.1:${server.port}/proxy.pac`, server };
}

function proxyOf(d: ProxyDecision): string {
  return d.kind === 'proxy'
    ? `${d.source} ${d.url.host}`
    : d.kind === 'direct'
      ? `${d.source} DIRECT`
      : `failed ${d.verdict}`;
}

describe('manual OS settings', () => {
  const manual = resolverFromSettings({
    origin: 'wininet',
    servers: { http: 'proxy.corp:8080', https: 'proxy.corp:8443' },
    bypass: ['*.corp.example', '<local>'],
  });

  it('uses the HTTPS proxy for TLS and the HTTP one for HTTP', async () => {
    expect(proxyOf(await manual({ host: 'assist.zoho.com', port: 443, protocol: 'tls' }))).toBe(
      'system proxy.corp:8443',
    );
    expect(proxyOf(await manual({ host: 'assist.zoho.com', port: 80, protocol: 'http' }))).toBe(
      'system proxy.corp:8080',
    );
  });

  it('sends bypassed hosts direct, and nothing else (not even loopback)', async () => {
    expect(proxyOf(await manual({ host: 'wiki.corp.example', port: 443, protocol: 'tls' }))).toBe(
      'system DIRECT',
    );
    expect(proxyOf(await manual({ host: 'intranet', port: 443, protocol: 'tls' }))).toBe(
      'system DIRECT',
    );
    expect(proxyOf(await manual({ host: '127.0.0.1', port: 443, protocol: 'tls' }))).toBe(
      'system proxy.corp:8443',
    );
  });

  it('goes direct where only a SOCKS proxy is set', async () => {
    const socks = resolverFromSettings({
      origin: 'macos',
      servers: { socks: 's:1080' },
      bypass: [],
    });
    expect(await socks({ host: 'assist.zoho.com', port: 443, protocol: 'tls' })).toMatchObject({
      kind: 'direct',
      source: 'system',
      detail: { note: 'no HTTP proxy for this protocol' },
    });
  });
});

describe('"detect settings automatically" (WPAD) through createSystemProxyResolver', () => {
  // GNOME's "automatic" mode through the real gsettings, with its keyfile backend in a temporary home.
  async function gnomeAuto(autoconfigUrl: string): Promise<NodeJS.ProcessEnv> {
    dir = await mkdtemp(join(tmpdir(), 'sp-gsettings-'));
    const env = {
      PATH: process.env.PATH,
      HOME: dir,
      XDG_CONFIG_HOME: dir,
      GSETTINGS_BACKEND: 'keyfile',
    };
    runToCompletion('gsettings', ['set', 'org.gnome.system.proxy', 'mode', "'auto'"], { env });
    runToCompletion(
      'gsettings',
      ['set', 'org.gnome.system.proxy', 'autoconfig-url', `'${autoconfigUrl}'`],
      { env },
    );
    return env;
  }
  const zoho = { host: 'assist.zoho.com', port: 443, protocol: 'tls' } as const;

  it('auto with no script URL: the WPAD script found for the DNS suffix decides', async () => {
    const { server } = await servePac(pacScript);
    const asked: string[] = [];
    const resolve = await createSystemProxyResolver(await gnomeAuto(''), 'linux', {
      timeoutMs: 2000,
      dnsSuffixes: async () => ['corp.example.com'],
      resolveWpadCandidate: async (host) => (
        asked.push(host),
        host === 'wpad.example.com'
          ? { ok: true, base: `http://127.0.0.1:${server.port}` }
          : { ok: false, reason: 'ENOTFOUND' }
      ),
    });
    expect(resolve).toBeDefined();
    expect(await resolve?.(zoho)).toMatchObject({
      kind: 'proxy',
      source: 'pac',
      detail: { origin: 'gnome', pacUrl: 'http://wpad.example.com/wpad.dat' },
    });
    expect(asked).toEqual(['wpad.corp.example.com', 'wpad.example.com']);
  });

  it('a configured script URL wins: WPAD is not even tried', async () => {
    const { url } = await servePac(pacScript);
    const asked: string[] = [];
    const resolve = await createSystemProxyResolver(await gnomeAuto(url), 'linux', {
      timeoutMs: 2000,
      dnsSuffixes: async () => ['corp.example.com'],
      resolveWpadCandidate: async (host) => (asked.push(host), { ok: false, reason: 'ENOTFOUND' }),
    });
    expect(await resolve?.(zoho)).toMatchObject({
      kind: 'proxy',
      source: 'pac',
      detail: { pacUrl: url },
    });
    expect(asked).toEqual([]);
  });

  it('nothing found: no proxy, as before, and the detail says auto-detect is on', async () => {
    const resolve = await createSystemProxyResolver(await gnomeAuto(''), 'linux', {
      dnsSuffixes: async () => ['example.com'],
      resolveWpadCandidate: async () => ({ ok: false, reason: 'ENOTFOUND' }),
    });
    expect(await resolve?.(zoho)).toMatchObject({
      kind: 'direct',
      source: 'none',
      detail: {
        origin: 'gnome',
        autoDetect: true,
        wpad: { found: false, tried: [{ url: 'http://wpad.example.com/wpad.dat' }] },
      },
    });
  });
});
