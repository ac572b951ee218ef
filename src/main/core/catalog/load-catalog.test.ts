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

describe('a refused catalog in Japanese', () => {
  it('names the field, and says what was expected in Japanese, our own rule included', () => {
    const base = builtInCatalog();
    const bad = {
      ...base,
      endpoint: [],
      requirements: { ...base.requirements, bandwidthKbps: { min: 512, recommended: 256 } },
    };
    const ja = parseCatalog(JSON.stringify(bad), 'bad.json', 'ja');
    expect(!ja.ok && ja.problem.message).toBe(
      [
        'カタログ bad.json の内容が正しくありません:',
        '  requirements.bandwidthKbps: recommended は min 以上にしてください',
        '  （ファイル全体）: 認識されていないキー: "endpoint"',
      ].join('\n'),
    );
    const en = parseCatalog(JSON.stringify(bad), 'bad.json', 'en');
    expect(!en.ok && en.problem.message).toContain(
      'requirements.bandwidthKbps: recommended must be at least min',
    );
  });

  it('says where JSON stops being JSON, without V8’s English', () => {
    const why = (text: string) => {
      const reply = parseCatalog(text, 'x.json', 'ja');
      return reply.ok ? '' : /（(.*)）/.exec(reply.problem.message)?.[1];
    };
    expect(why('{"id": x}')).toBe('予期しない文字「x」があります');
    expect(why('{"id": ')).toBe('途中で終わっています');
    expect(why('{"a":1,}')).toBe('8 文字目付近に誤りがあります');
    expect(parseCatalog('{"a":1,}', 'x.json', 'ja')).toMatchObject({
      ok: false,
      problem: {
        message:
          'カタログ x.json は JSON として読み取れません（8 文字目付近に誤りがあります）。ファイルを確認するか、--catalog を付けずに実行して組み込みのカタログを使ってください。',
      },
    });
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
