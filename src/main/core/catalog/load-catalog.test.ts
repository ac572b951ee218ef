import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInDomains, resolvePort } from '../../../shared/catalog';
import { builtInCatalog, loadCatalogFile, parseCatalog } from './load-catalog';

describe('the built-in catalog', () => {
  const catalog = builtInCatalog();

  it('holds the guide’s ten allow-list domains, seven executables and the bandwidth figures', () => {
    for (const d of [
      '*.zoho.com',
      '*.zoho.eu',
      '*.zoho.in',
      '*.zoho.com.au',
      '*.zoho.com.cn',
      '*.zohoassist.com',
      '*.zohoassist.jp',
      '*.zohoassist.com.cn',
      'downloads.zohodl.com.cn',
      'downloads.zohocdn.com',
    ]) {
      expect(catalog.domains).toContain(d);
    }
    expect(catalog.agent.executables).toHaveLength(7);
    expect(catalog.requirements.bandwidthKbps).toEqual({ min: 128, recommended: 256 });
  });

  it('has every endpoint host inside its own allow-list', () => {
    for (const e of catalog.endpoints)
      expect(isInDomains(e.host, catalog.domains), e.host).toBe(true);
  });

  it('tests the concrete hosts named by the issue', () => {
    const hosts = catalog.endpoints.map((e) => e.host);
    for (const h of [
      'assist.zoho.com',
      'join.zoho.com',
      'downloads.zohocdn.com',
      'gateway.zohoassist.com',
    ])
      expect(hosts).toContain(h);
  });
});

describe('a catalog that does not validate', () => {
  it('is refused with the path of the bad field and what was expected', () => {
    const bad = structuredClone(builtInCatalog()) as unknown as { endpoints: { host: unknown }[] };
    bad.endpoints[2]!.host = 42;
    const reply = parseCatalog(JSON.stringify(bad), 'bad.json');
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.problem.code).toBe('bad_catalog');
    expect(reply.problem.message).toContain('endpoints[2].host');
    expect(reply.problem.message).toMatch(/expected string/i);
  });

  it('names an unknown field (a typo) instead of ignoring it', () => {
    const bad = { ...builtInCatalog(), endpoint: [] };
    const reply = parseCatalog(JSON.stringify(bad), 'typo.json');
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.problem.message).toMatch(/endpoint/);
  });

  it('says a file is not JSON, missing, or a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'catalog-'));
    const notJson = join(dir, 'x.json');
    await writeFile(notJson, '{ "id": ');
    const a = await loadCatalogFile(notJson);
    expect(!a.ok && a.problem.message).toMatch(/is not JSON/);
    const b = await loadCatalogFile(join(dir, 'missing.json'));
    expect(!b.ok && b.problem.message).toMatch(/no such file/);
    const c = await loadCatalogFile(dir);
    expect(!c.ok && c.problem.message).toMatch(/is a folder/);
  });
});

describe('ports and domains', () => {
  it('gives 443 and 8443 TLS, 80 and 8080 HTTP, others TCP', () => {
    expect(resolvePort(443)).toEqual({ port: 443, protocol: 'tls' });
    expect(resolvePort(8080)).toEqual({ port: 8080, protocol: 'http' });
    expect(resolvePort(3478)).toEqual({ port: 3478, protocol: 'tcp' });
    expect(resolvePort({ port: 9000, protocol: 'tls' })).toEqual({ port: 9000, protocol: 'tls' });
  });

  it('matches wildcards on label boundaries only', () => {
    expect(isInDomains('a.zoho.com', ['*.zoho.com'])).toBe(true);
    expect(isInDomains('zoho.com', ['*.zoho.com'])).toBe(false);
    expect(isInDomains('evilzoho.com', ['*.zoho.com'])).toBe(false);
    expect(isInDomains('Downloads.ZohoCDN.com.', ['downloads.zohocdn.com'])).toBe(true);
  });
});
