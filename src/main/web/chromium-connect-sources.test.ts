import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../shared/catalog';
import { builtInCatalog } from '../core/catalog/load-catalog';
import { chromiumConnectSources, withMetaConnectSources } from './chromium-connect-sources';
import { packageRoot } from './package-root';
import { securityHeaders } from './security-headers';

const endpoints = (hosts: string[]): Pick<Catalog, 'endpoints'> => ({
  endpoints: hosts.map((host) => ({ host, ports: [443, 80, { port: 8443, protocol: 'tls' }] })),
});

describe("browser mode's connect-src for the browser's own probes", () => {
  it("allows exactly the catalog's TLS ports, https:// and wss://, each once, never port 80", () => {
    const { sources, refused } = chromiumConnectSources(
      endpoints(['Assist.Zoho.com', 'assist.zoho.com', '10.0.0.1']),
    );
    expect(refused).toEqual([]);
    expect(sources).toEqual([
      'https://assist.zoho.com:443',
      'wss://assist.zoho.com:443',
      'https://assist.zoho.com:8443',
      'wss://assist.zoho.com:8443',
      'https://10.0.0.1:443',
      'wss://10.0.0.1:443',
      'https://10.0.0.1:8443',
      'wss://10.0.0.1:8443',
    ]);
  });

  it('refuses every host name that could end a source or widen it (a hostile catalog)', () => {
    const hostile = [
      "evil.com; script-src 'unsafe-inline'",
      'a.com https://attacker.example',
      'a.com,b.com',
      '*.zoho.com',
      'zoho.com:443',
      "x'y.com",
      'x"y.com',
      '-bad.com',
      'bad-.com',
      'a..b.com',
      'héllo.com',
      'a.com/path',
      'a\nb.com',
      `${'a'.repeat(64)}.com`,
      '',
    ];
    const { sources, refused } = chromiumConnectSources(endpoints([...hostile, 'ok.example']));
    expect(refused).toEqual(hostile);
    expect(sources).toEqual([
      'https://ok.example:443',
      'wss://ok.example:443',
      'https://ok.example:8443',
      'wss://ok.example:8443',
    ]);
    const csp = securityHeaders(5000, sources)['content-security-policy'] ?? '';
    expect(csp).toContain(
      "connect-src 'self' ws://127.0.0.1:5000 ws://localhost:5000 https://ok.example:443 wss://ok.example:443 https://ok.example:8443 wss://ok.example:8443;",
    );
    expect(csp).not.toMatch(/evil|attacker|\*\.zoho|unsafe-inline/);
  });

  it("the built-in catalog's hosts all pass", () => {
    const catalog = builtInCatalog();
    const { sources, refused } = chromiumConnectSources(catalog);
    expect(refused).toEqual([]);
    expect(sources).toContain('https://assist.zoho.com:443');
    expect(sources.every((s) => /^(https|wss):\/\/[a-z0-9.-]+:\d+$/.test(s))).toBe(true);
  });

  it("adds the same sources to index.html's meta CSP, which the browser enforces beside the header", () => {
    const html = readFileSync(join(packageRoot(), 'src/renderer/index.html'), 'utf8');
    const out = withMetaConnectSources(html, ['https://ok.example:443', 'wss://ok.example:443']);
    expect(out).toContain(
      "connect-src 'self' ws://127.0.0.1:* https://ok.example:443 wss://ok.example:443;",
    );
    expect(withMetaConnectSources(html, [])).toBe(html);
  });
});
