import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineRun } from '../../../../test/report/offline-run';
import { personalRun } from '../../../../test/report/personal-run';
import { buildAllowlist } from '../allowlist/allowlist-model';
import { itRequestText } from '../allowlist/it-request-text';
import { builtInCatalog } from '../catalog/load-catalog';
import { renderReport } from './render-report';

const noNames = { userNames: [], hostNames: [] };
const catalog = builtInCatalog();

// Times are the PC's own, with the offset: fixed here so the expected text is known.
let tz: string | undefined;
beforeAll(() => {
  tz = process.env.TZ;
  process.env.TZ = 'Asia/Tokyo';
});
afterAll(() => {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

const html = (lang: 'ja' | 'en', redact = false) => {
  const run = offlineRun();
  return renderReport(run, {
    format: 'html',
    redact,
    lang,
    names: noNames,
    now: new Date('2026-12-02T13:55:30Z'),
    itRequest: itRequestText(buildAllowlist(catalog, run), lang, { run, redact }),
  }).content;
};

describe('the HTML report, answer first (issue 15)', () => {
  it('writes its times in local time with the zone offset, never UTC ISO', () => {
    const content = html('en');
    expect(content).toContain('2026-12-02 22:55:30 (UTC+09:00)');
    expect(content).toContain('2026-12-02 22:51:00 (UTC+09:00)');
    expect(content).not.toMatch(/\d{2}:\d{2}:\d{2} UTC\b/);
  });

  it('puts the summary and the request for IT before anything else, and lists no skipped check by id', () => {
    const content = html('ja');
    const main = content.slice(content.indexOf('<main>'));
    expect(main.indexOf('data-testid="report-summary"')).toBeLessThan(
      main.indexOf('data-testid="report-causes"'),
    );
    expect(main.indexOf('data-testid="report-it-request"')).toBeLessThan(
      main.indexOf('data-testid="report-causes"'),
    );
    expect(content).toContain(
      'IT 部門へのお願い: この PC から Zoho Assist に接続できるようにしてください',
    );
    // The skipped checks' ids appear nowhere: each is counted under its cause.
    expect(content).not.toContain('tcp:assist.zoho.com:443');
    expect(content).toContain('このため、残りの確認 27 件は実施できませんでした。');
  });

  it('shows the system as a table of words, its raw facts only in the "for support" disclosure', () => {
    const content = html('en');
    const table = content.slice(content.indexOf('<table'), content.indexOf('</table>'));
    expect(table).toContain(
      '<th scope="row">Operating system</th><td>Debian GNU/Linux 12 (bookworm), 64-bit</td>',
    );
    expect(table).toContain(
      '<th scope="row">Disk space</th><td>74945 MB free of 258019 MB (/usr/local/ZohoAssist)</td>',
    );
    expect(table).toContain('<th scope="row">DNS servers</th><td>10.255.255.53</td>');
    expect(table).not.toContain('{');
    const raw = content.slice(content.indexOf('data-testid="report-system"'));
    expect(raw).toMatch(
      /<details[^>]*><summary>For support: the system facts as recorded<\/summary><pre/,
    );
  });

  it('carries the request for IT in the JSON as an additive field, redacted with the report', () => {
    const run = personalRun();
    const request = itRequestText(buildAllowlist(catalog, run), 'en', { run, redact: false });
    expect(request).toContain('Name: ');
    const json = JSON.parse(
      renderReport(run, {
        format: 'json',
        redact: true,
        lang: 'en',
        names: noNames,
        itRequest: request,
      }).content,
    ) as { itRequest: string; system: { hostname: string } };
    // The redaction that hides the PC's name in the facts hides it in the request too.
    expect(json.itRequest).toContain(`Name: ${json.system.hostname}`);
    expect(json.system.hostname).toBe('<host-1>');
  });
});
