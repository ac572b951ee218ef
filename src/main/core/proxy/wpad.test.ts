import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpFixture } from '../../../../test/fixtures/http-server';
import type { ProxyDecision, ProxyResolver } from './proxy-decision';
import { discoverWpad, lookupCandidate, wpadResolver, type CandidateLocation } from './wpad';

const wpadScript = `function FindProxyForURL(url, host) {
  if (dnsDomainIs(host, ".zoho.com")) return "PROXY 127.0.0.1:3128";
  return "DIRECT";
}`;

const servers: HttpFixture[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(body: string, status = 200): Promise<HttpFixture> {
  const server = await startHttpServer({ status, body });
  servers.push(server);
  return server;
}

/** The name → server step of a network where only the names in `served` exist, each on its loopback server. */
function network(served: Record<string, HttpFixture>): {
  resolveCandidate: (host: string) => Promise<CandidateLocation>;
  asked: string[];
} {
  const asked: string[] = [];
  return {
    asked,
    resolveCandidate: async (host) => {
      asked.push(host);
      const server = served[host];
      return server
        ? { ok: true, base: `http://127.0.0.1:${server.port}` }
        : { ok: false, reason: 'ENOTFOUND' };
    },
  };
}

const zoho = { host: 'assist.zoho.com', port: 443, protocol: 'tls' } as const;

function proxyOf(d: ProxyDecision): string {
  return d.kind === 'proxy'
    ? `${d.source} ${d.url.host}`
    : d.kind === 'direct'
      ? `${d.source} DIRECT`
      : `failed ${d.verdict}`;
}

describe('DNS-based WPAD discovery, served on loopback', () => {
  it('walks the names in order, skips what does not resolve or serve, and takes the first script', async () => {
    const missing = await serve('not here', 404);
    const good = await serve(wpadScript);
    const net = network({ 'wpad.corp.example.co.jp': missing, 'wpad.example.co.jp': good });
    const found = await discoverWpad(['tokyo.corp.example.co.jp'], {
      resolveCandidate: net.resolveCandidate,
      timeoutMs: 2000,
    });
    expect(net.asked).toEqual([
      'wpad.tokyo.corp.example.co.jp',
      'wpad.corp.example.co.jp',
      'wpad.example.co.jp',
    ]);
    expect(found).toMatchObject({
      kind: 'found',
      url: 'http://wpad.example.co.jp/wpad.dat',
      attempts: [
        {
          url: 'http://wpad.tokyo.corp.example.co.jp/wpad.dat',
          outcome: 'not_resolved',
          reason: 'ENOTFOUND',
        },
        {
          url: 'http://wpad.corp.example.co.jp/wpad.dat',
          outcome: 'not_fetched',
          reason: 'HTTP 404',
        },
        { url: 'http://wpad.example.co.jp/wpad.dat', outcome: 'found' },
      ],
    });
    expect(good.requests.map((r) => r.url)).toEqual(['/wpad.dat']);
  });

  it('stops at the first script: a later name is never asked', async () => {
    const first = await serve(wpadScript);
    const second = await serve(wpadScript);
    const net = network({ 'wpad.corp.example.com': first, 'wpad.example.com': second });
    expect(
      await discoverWpad(['corp.example.com'], { resolveCandidate: net.resolveCandidate }),
    ).toMatchObject({ kind: 'found', url: 'http://wpad.corp.example.com/wpad.dat' });
    expect(net.asked).toEqual(['wpad.corp.example.com']);
    expect(second.requests).toHaveLength(0);
  });

  it('never devolves to a public suffix, even when something answers there', async () => {
    const squatter = await serve(
      'function FindProxyForURL(u, h) { return "PROXY 127.0.0.1:6666"; }',
    );
    const net = network({ 'wpad.co.jp': squatter, 'wpad.jp': squatter });
    expect(
      await discoverWpad(['example.co.jp'], { resolveCandidate: net.resolveCandidate }),
    ).toMatchObject({ kind: 'none', attempts: [{ outcome: 'not_resolved' }] });
    expect(net.asked).toEqual(['wpad.example.co.jp']);
    expect(squatter.requests).toHaveLength(0);
  });

  it('the real lookup skips a name that does not exist, and finds one that does', async () => {
    expect(await lookupCandidate('wpad.example.invalid', 2000)).toMatchObject({ ok: false });
    expect(await lookupCandidate('localhost', 2000)).toEqual({
      ok: true,
      base: 'http://localhost',
    });
  });
});

describe('"detect settings automatically" as a resolver', () => {
  it('sends each host where the WPAD script says, naming the script, and discovers once', async () => {
    const good = await serve(wpadScript);
    const net = network({ 'wpad.example.com': good });
    let suffixReads = 0;
    const resolve = wpadResolver({
      origin: 'wininet',
      resolveCandidate: net.resolveCandidate,
      timeoutMs: 2000,
      suffixes: async () => (suffixReads++, ['example.com']),
    });
    const [a, b] = await Promise.all([
      resolve(zoho),
      resolve({ host: 'example.org', port: 443, protocol: 'tls' }),
    ]);
    expect(a).toMatchObject({
      kind: 'proxy',
      source: 'pac',
      detail: {
        pacUrl: 'http://wpad.example.com/wpad.dat',
        origin: 'wininet',
        autoDetect: true,
        wpad: { url: 'http://wpad.example.com/wpad.dat' },
      },
    });
    expect(proxyOf(b)).toBe('pac DIRECT');
    expect(suffixReads).toBe(1);
    expect(good.requests).toHaveLength(1);
  });

  it('a script that throws gives pac_failed, in Japanese with the glossary term', async () => {
    const bad = await serve(
      'function FindProxyForURL(url, host) { throw new Error("boom in wpad"); }',
    );
    const resolve = wpadResolver({
      origin: 'wininet',
      lang: 'ja',
      resolveCandidate: network({ 'wpad.example.com': bad }).resolveCandidate,
      timeoutMs: 2000,
      suffixes: async () => ['example.com'],
    });
    const d = await resolve(zoho);
    expect(d).toMatchObject({
      kind: 'failed',
      verdict: 'pac_failed',
      detail: {
        stage: 'run',
        reason: expect.stringContaining('boom in wpad'),
        pacUrl: 'http://wpad.example.com/wpad.dat',
      },
    });
    expect(d.kind === 'failed' && d.message).toMatch(
      /^「設定を自動的に検出する」で見つかったプロキシのセットアップ スクリプト http:\/\/wpad\.example\.com\/wpad\.dat を実行できませんでした。$/,
    );
  });

  it('a script that does not compile is pac_failed too, not "no proxy"', async () => {
    const broken = await serve('function FindProxyForURL(url, host) { return "DIRECT" ');
    const resolve = wpadResolver({
      origin: 'macos',
      resolveCandidate: network({ 'wpad.example.com': broken }).resolveCandidate,
      timeoutMs: 2000,
      suffixes: async () => ['example.com'],
    });
    expect(await resolve(zoho)).toMatchObject({
      kind: 'failed',
      verdict: 'pac_failed',
      detail: { stage: 'run', wpad: { tried: [{ outcome: 'not_runnable' }] } },
    });
  });

  it('nothing found: no proxy, and the detail says what was tried', async () => {
    const resolve = wpadResolver({
      origin: 'wininet',
      resolveCandidate: network({}).resolveCandidate,
      suffixes: async () => ['corp.example.com'],
    });
    expect(await resolve(zoho)).toEqual({
      kind: 'direct',
      source: 'none',
      detail: {
        origin: 'wininet',
        autoDetect: true,
        wpad: {
          found: false,
          suffixes: ['corp.example.com'],
          tried: [
            {
              url: 'http://wpad.corp.example.com/wpad.dat',
              outcome: 'not_resolved',
              reason: 'ENOTFOUND',
            },
            {
              url: 'http://wpad.example.com/wpad.dat',
              outcome: 'not_resolved',
              reason: 'ENOTFOUND',
            },
          ],
          summary:
            '"Automatically detect settings" is on, but no proxy setup script (WPAD) was found on this network, so the checks connect as if it were off.',
        },
        // The run's `proxy.note` shows it (see proxy-used.ts).
        note: '"Automatically detect settings" is on, but no proxy setup script (WPAD) was found on this network, so the checks connect as if it were off.',
      },
    });
  });

  it('nothing found with a manual proxy set too: the manual proxy serves, as on Windows', async () => {
    const manual: ProxyResolver = async () => ({
      kind: 'proxy',
      url: new URL('http://proxy.corp:8080'),
      source: 'system',
      detail: { origin: 'wininet' },
    });
    const resolve = wpadResolver({
      origin: 'wininet',
      resolveCandidate: network({}).resolveCandidate,
      suffixes: async () => [],
      fallback: manual,
    });
    expect(await resolve(zoho)).toMatchObject({
      kind: 'proxy',
      source: 'system',
      detail: { origin: 'wininet', autoDetect: true, wpad: { found: false, tried: [] } },
    });
  });
});
