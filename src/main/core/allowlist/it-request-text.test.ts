import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckRun } from '../../../shared/check-result';
import { offlineRun } from '../../../../test/report/offline-run';
import { builtInCatalog } from '../catalog/load-catalog';
import { buildAllowlist } from './allowlist-model';
import { itRequestText } from './it-request-text';

const catalog = builtInCatalog();
const run = offlineRun();
const textOf = (r: CheckRun | undefined, lang: 'ja' | 'en', redact = false) =>
  itRequestText(buildAllowlist(catalog, r), lang, { ...(r ? { run: r } : {}), redact });
const linesOf = (text: string) => text.split('\n').map((l) => l.trim());

// The request is read in the customer's zone: fixed here, so the offset is known.
let tz: string | undefined;
beforeAll(() => {
  tz = process.env.TZ;
  process.env.TZ = 'Asia/Tokyo';
});
afterAll(() => {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

/** A run whose TLS checks met Zscaler (issue 12's interception detail). */
function zscalerRun(): CheckRun {
  const issuer =
    'CN=Zscaler Intermediate Root CA (zscalerthree.net) (t), OU=Zscaler Inc., O=Zscaler Inc.';
  return {
    ...run,
    ready: false,
    checks: ['assist.zoho.com', 'gateway.zohoassist.com'].map((host) => ({
      id: `tls:${host}:443`,
      kind: 'tls' as const,
      target: { host, port: 443 },
      status: 'fail' as const,
      verdict: 'tls_intercepted' as const,
      durationMs: 20,
      message: 'intercepted',
      fix: 'Ask IT to exempt the vendor from SSL inspection.',
      detail: {
        certificate: {
          subject: `CN=${host}`,
          issuer,
          validFrom: '2026-01-01T00:00:00.000Z',
          validTo: '2027-01-01T00:00:00.000Z',
          fingerprint256: 'AB:CD',
          serialNumber: '01',
        },
        interception: {
          product: 'Zscaler',
          productId: 'zscaler',
          matchedBy: 'issuer' as const,
          issuer,
          root: 'CN=Zscaler Root CA, OU=Zscaler Inc., O=Zscaler Inc.',
          pattern: 'O=Zscaler Inc.',
        },
      },
    })),
  };
}

describe('the request for IT as plain text (issue 15)', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`pastes into mail as it is (${lang}): no Markdown, no check ids or verdict codes`, () => {
      for (const text of [textOf(run, lang), textOf(zscalerRun(), lang), textOf(undefined, lang)]) {
        for (const line of text.split('\n')) {
          expect(line, line).not.toMatch(/^\s*(#|[-+*] |>|```)/);
          expect(line, line).not.toMatch(/\*\*|`/);
        }
        expect(text).not.toMatch(/\b(dns|tcp|tls|http|websocket):[a-z0-9.-]+/);
        expect(text).not.toMatch(/\b(dns_not_found|tls_intercepted|skipped|not_determined)\b/);
      }
    });
  }

  it('says when it was checked in local time with the zone offset', () => {
    expect(run.startedAt).toBe('2026-12-02T13:51:00.000Z');
    expect(textOf(run, 'en')).toContain(
      'Checked on 2026-12-02 22:51 (UTC+09:00) with Session Prep',
    );
    expect(textOf(run, 'ja')).toContain('2026-12-02 22:51 (UTC+09:00) に Session Prep');
    expect(textOf(run, 'en')).not.toContain('2026-12-02T13:51');
  });

  it('names the PC (name, addresses, DNS servers, proxy), and leaves all of it out when redacting', () => {
    const lines = linesOf(textOf(run, 'en'));
    expect(lines).toEqual(
      expect.arrayContaining([
        'This PC',
        'Name: vm',
        // Link-local fe80:: names no PC on the network.
        'Addresses: 192.0.2.2, fd00::2',
        'DNS servers: 10.255.255.53',
        'Proxy: none (direct connection)',
      ]),
    );
    const proxied = textOf(
      { ...run, proxy: { url: 'http://proxy.corp.example:8080', source: 'system' } },
      'ja',
    );
    expect(linesOf(proxied)).toContain(
      'プロキシ: http://proxy.corp.example:8080（システムの設定）',
    );

    const redacted = textOf(run, 'en', true);
    expect(linesOf(redacted)).toContain(
      'The customer chose to leave out this PC’s name, addresses and proxy.',
    );
    for (const value of ['Name:', '192.0.2.2', 'fd00::2', '10.255.255.53', 'Proxy:'])
      expect(redacted).not.toContain(value);
    // The same redaction as the report: a name that turns up elsewhere is replaced too.
    const named = itRequestText(
      buildAllowlist(catalog, run, [{ title: 'Exclude on TANAKA-PC', reason: 'policy' }]),
      'en',
      { run, redact: true, names: { userNames: [], hostNames: ['TANAKA-PC'] } },
    );
    expect(named).not.toContain('TANAKA-PC');
    expect(named).toContain('Exclude on <host-1>: policy');
  });

  it('groups the hosts by cause with the fix once per cause, and counts what that cause kept from running', () => {
    const text = textOf(run, 'en');
    const lines = linesOf(text);
    const causes = lines.filter((l) => /^\d+\. /.test(l));
    expect(causes).toEqual(['1. The name does not exist for this network’s DNS']);
    expect(lines).toContain(
      'Addresses (8): assist.zoho.com, join.zoho.com, downloads.zohocdn.com, gateway.zohoassist.com, css.zohostatic.com, us4-dms.zoho.com, us3-dms.zoho.com, dms.zoho.com',
    );
    expect(lines.filter((l) => l.startsWith('What to do:'))).toHaveLength(causes.length);
    expect(lines).toContain('Because of this, 27 further checks on these addresses could not run.');
    // A bandwidth that could not be measured follows from the DNS failure: not a cause of its own.
    expect(text).not.toContain('Bandwidth could not be measured');
  });

  it('labels the CDN and global hosts as used by every data centre, never as another one', () => {
    const lines = linesOf(textOf(run, 'en'));
    expect(lines).toContain('css.zohostatic.com (TCP 443): used by every data centre; optional');
    expect(lines).toContain('downloads.zohocdn.com (TCP 443, 80): used by every data centre');
    expect(lines).toContain('assist.zoho.com (TCP 443, 80): the us data centre');
    // The run covered us: the other data centres are one sentence, not 27 lines.
    expect(lines.some((l) => l.startsWith('assist.zoho.eu'))).toBe(false);
    expect(lines).toContain(
      'The domains above also cover the other data centres (eu, in, au, cn, jp, uk, ca, sa); their addresses are needed only for sessions held there.',
    );
    expect(textOf(run, 'en')).not.toMatch(/another data cent/i);
    const ja = linesOf(textOf(run, 'ja'));
    expect(ja).toContain('css.zohostatic.com（TCP 443）: すべてのデータセンターで使われます、任意');
  });

  it('names the product that intercepts and asks in its own terms', () => {
    const text = textOf(zscalerRun(), 'en');
    const lines = linesOf(text);
    expect(lines).toContain('1. SSL inspection: a device decrypts the traffic');
    expect(lines).toContain(
      'Zscaler decrypts these connections: exempt the domains above from its SSL inspection',
    );
    expect(lines).toContain('Seen decrypting: assist.zoho.com, gateway.zohoassist.com');
    expect(linesOf(textOf(zscalerRun(), 'ja'))).toContain(
      'Zscaler がこれらの通信を復号しています: 上のドメインを SSL インスペクションの対象から除外してください',
    );
  });

  it('writes Japanese in the polite form', () => {
    const lines = linesOf(textOf(run, 'ja'));
    expect(lines[0]).toBe(
      'IT 部門へのお願い: この PC から Zoho Assist に接続できるようにしてください',
    );
    expect(lines).toContain('結果: この PC は、まだ Zoho Assist に接続できません。');
    expect(lines.at(-2)).toBe('お手数をおかけしますが、よろしくお願いいたします。');
    // Every full sentence of ours ends politely.
    for (const line of lines.filter((l) => l.endsWith('。')))
      expect(line, line).toMatch(/(ます|ません|ました|ませんでした|ください|いたします|です)。$/);
  });
});
