import { I18nextProvider } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { brokenRun, check, readyRun } from '../../../test/report/sample-runs';
import { createI18n } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';
import { findPathBreak } from '../../shared/results/find-path-break';
import { CauseGroups } from './CauseGroups';
import { CheckList } from './CheckList';
import { PathPicture } from './PathPicture';
import { RunSummary } from './RunSummary';

function render(node: ReactNode, lang: Lang = 'en'): string {
  return renderToStaticMarkup(<I18nextProvider i18n={createI18n(lang)}>{node}</I18nextProvider>);
}

describe('results components', () => {
  it('groups by cause under headings, with status words and evidence', () => {
    const html = render(
      <CauseGroups checks={brokenRun().checks} headingLevel={2} evidence="open" />,
    );
    const headings = [...html.matchAll(/<h2 class="sp-cause__heading">(.*?)<\/h2>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ''),
    );
    expect(headings[0]).toBe('✕Problem The proxy does not allow this destination (1 check)');
    expect(headings[1]).toContain('SSL inspection: a device decrypts the traffic');
    expect(html).toContain('CN=Example Inspector CA, O=Example Corp');
    expect(html).toContain('<dt>SHA-256 fingerprint</dt>');
    // Open evidence: no disclosure per row; only the raw data sits in one "For support" (issue 15).
    expect(html).not.toContain('<details class="sp-check__details"');
    expect(html).toContain(
      '<details class="sp-evidence__support"><summary>For support</summary><dl class="sp-evidence"><div class="sp-evidence__item"><dt>via</dt>',
    );
    expect(html.indexOf('<dt>HTTP status</dt>')).toBeLessThan(html.indexOf('For support'));
  });

  it('names a browser by its product, and the detail keys in words, in Japanese', () => {
    const browser = check({
      id: 'browser:chrome',
      kind: 'browser',
      status: 'pass',
      verdict: 'ok',
      message: 'ok',
    });
    const dns = check({
      id: 'dns:a.example',
      kind: 'dns',
      target: { host: 'a.example' },
      status: 'fail',
      verdict: 'dns_not_found',
      message: 'not found',
      detail: {
        resolver: 'os',
        error: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND a.example' },
      },
    });
    const html = render(<CheckList checks={[browser, dns]} evidence="open" />, 'ja');
    expect(html).toContain('<span class="sp-check__title">Google Chrome</span>');
    expect(html).not.toContain('ブラウザー <bdi');
    const support = html.slice(html.indexOf('サポート担当者向けの詳細'));
    expect(support).toContain('<dt>名前解決の方法</dt>');
    expect(support).toContain('ENOTFOUND');
    expect(html.slice(0, html.indexOf('サポート担当者向けの詳細'))).not.toContain('ENOTFOUND');
  });

  it('speaks Japanese with the ja instance', () => {
    const html = render(<CauseGroups checks={brokenRun().checks} />, 'ja');
    expect(html).toContain('プロキシがこの接続先を許可していません');
    expect(html).toContain('問題あり');
    expect(html).toContain('<summary>確認した内容</summary>');
  });

  it('says in words where the path stops', () => {
    const run = brokenRun();
    const html = render(
      <PathPicture
        picture={findPathBreak(run.checks, run.proxy)}
        proxyUrl={run.proxy?.url}
        vendorName="Zoho Assist"
      />,
    );
    expect(html).toMatch(/<ol class="sp-path__stops">(<li .*?<\/li>){4}<\/ol>/);
    expect(html).toContain('The connection stops at: Proxy.');
    expect(html).toContain('http://proxy.example.test:8080');
  });

  it('summarises ready or not with the one thing to do', () => {
    expect(render(<RunSummary run={brokenRun()} />)).toContain(
      'Ask IT to allow gateway.zohoassist.com:443 through the proxy.',
    );
    const ready = render(<RunSummary run={readyRun()} />, 'ja');
    expect(ready).toContain('この PC はリモートセッションの準備ができています。');
    expect(ready).toContain('対応は必要ありません。');
  });

  it('escapes hostile text and reveals bidi tricks', () => {
    const run = brokenRun();
    const hostile = {
      ...run.checks[0]!,
      message: '<script>window.__pwned=1</script>\u202Efdp.exe',
    };
    const html = render(<CheckList checks={[hostile]} />);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;[U+202E]fdp.exe');
  });
});
