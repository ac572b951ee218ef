import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpFixture } from '../../../../test/fixtures/http-server';
import type { ProxyDecision } from './proxy-decision';
import { resolverFromSettings } from './system-proxy-resolver';

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

const pacResolver = (pacUrl: string, lang: 'ja' | 'en' = 'en') =>
  resolverFromSettings(
    { origin: 'wininet', pacUrl, servers: {}, bypass: [] },
    { lang, timeoutMs: 2000 },
  );

function proxyOf(d: ProxyDecision): string {
  return d.kind === 'proxy'
    ? `${d.source} ${d.url.host}`
    : d.kind === 'direct'
      ? `${d.source} DIRECT`
      : `failed ${d.verdict}`;
}

describe('a PAC served over HTTP, evaluated per host', () => {
  it('sends each host through the proxy the script names, fetching it once', async () => {
    const { url, server } = await servePac(pacScript);
    const resolve = pacResolver(url);
    expect(proxyOf(await resolve({ host: 'assist.zoho.com', port: 443, protocol: 'tls' }))).toBe(
      'pac 127.0.0.1:3128',
    );
    expect(proxyOf(await resolve({ host: 'example.org', port: 80, protocol: 'http' }))).toBe(
      'pac 127.0.0.1:8080',
    );
    expect(proxyOf(await resolve({ host: 'example.org', port: 443, protocol: 'tls' }))).toBe(
      'pac DIRECT',
    );
    expect(proxyOf(await resolve({ host: 'gateway.example', port: 8443, protocol: 'tls' }))).toBe(
      'pac 127.0.0.1:9443',
    );
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.url).toBe('/proxy.pac');
  });

  it('keeps the answer and where it came from in the detail', async () => {
    const { url } = await servePac(pacScript);
    const d = await pacResolver(url)({ host: 'assist.zoho.com', port: 443, protocol: 'tls' });
    expect(d).toMatchObject({
      kind: 'proxy',
      source: 'pac',
      detail: { pac: 'PROXY 127.0.0.1:3128; DIRECT', pacUrl: url, origin: 'wininet' },
    });
  });

  it('does not use a SOCKS-only answer as an HTTP proxy', async () => {
    const { url } = await servePac(pacScript);
    const d = await pacResolver(url)({ host: 'socks.example', port: 443, protocol: 'tls' });
    expect(d).toMatchObject({
      kind: 'direct',
      source: 'pac',
      detail: { skipped: ['SOCKS5 127.0.0.1:1080'] },
    });
  });

  it('reads a file: URL', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sp-pac-'));
    const file = join(dir, 'proxy.pac');
    await writeFile(file, pacScript);
    expect(
      proxyOf(
        await pacResolver(pathToFileURL(file).href)({
          host: 'assist.zoho.com',
          port: 443,
          protocol: 'tls',
        }),
      ),
    ).toBe('pac 127.0.0.1:3128');
  });
});

describe('a PAC that cannot be fetched or run is pac_failed, with the reason', () => {
  it('a 404', async () => {
    const { url } = await servePac('not here', 404);
    const d = await pacResolver(url, 'ja')({ host: 'assist.zoho.com', port: 443, protocol: 'tls' });
    expect(d).toEqual({
      kind: 'failed',
      verdict: 'pac_failed',
      message: `プロキシのセットアップ スクリプト ${url} を読み込めませんでした。`,
      detail: { pacUrl: url, origin: 'wininet', stage: 'fetch', reason: 'HTTP 404', status: 404 },
    });
  });

  it('a server that refuses the connection', async () => {
    const { url, server } = await servePac(pacScript);
    await server.close();
    servers.length = 0;
    const d = await pacResolver(url)({ host: 'assist.zoho.com', port: 443, protocol: 'tls' });
    expect(d).toMatchObject({
      kind: 'failed',
      verdict: 'pac_failed',
      detail: { stage: 'fetch', reason: 'ECONNREFUSED' },
    });
  });

  it('a script with a syntax error', async () => {
    const { url } = await servePac('function FindProxyForURL(url, host) { return "DIRECT" ');
    const d = await pacResolver(url)({ host: 'assist.zoho.com', port: 443, protocol: 'tls' });
    expect(d).toMatchObject({ kind: 'failed', verdict: 'pac_failed', detail: { stage: 'run' } });
    expect(d.kind === 'failed' && d.message).toMatch(
      /^The proxy setup script .* could not be run\.$/,
    );
  });

  it('a script that throws, or defines no FindProxyForURL', async () => {
    const { url } = await servePac(
      'function FindProxyForURL(url, host) { throw new Error("boom in pac"); }',
    );
    const d = await pacResolver(url)({ host: 'assist.zoho.com', port: 443, protocol: 'tls' });
    expect(d).toMatchObject({
      kind: 'failed',
      verdict: 'pac_failed',
      detail: { stage: 'run', reason: expect.stringContaining('boom in pac') },
    });
    const other = await servePac('var x = 1;');
    expect(
      await pacResolver(other.url)({ host: 'a.zoho.com', port: 443, protocol: 'tls' }),
    ).toMatchObject({ kind: 'failed', detail: { stage: 'run' } });
  });

  it('a script that never returns is stopped, on its own thread', async () => {
    const { url } = await servePac('function FindProxyForURL(url, host) { while (true) {} }');
    const started = performance.now();
    // The app keeps running meanwhile: the loop runs on the PAC's own thread.
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const d = await pacResolver(url)({ host: 'assist.zoho.com', port: 443, protocol: 'tls' });
    clearInterval(ticker);
    expect(ticks).toBeGreaterThanOrEqual(10);
    expect(d).toMatchObject({
      kind: 'failed',
      verdict: 'pac_failed',
      detail: { stage: 'run', reason: expect.stringMatching(/interrupted/i) },
    });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
