import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { brokenRun, check } from '../../../test/report/sample-runs';
import type { CheckRun } from '../../shared/check-result';
import { translator } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';
import { formatSummary } from './summary';
import { terminalText } from './terminal-text';
import { wrapLine } from './wrap-lines';

/** A run as the checks write it, in `lang`: names not found, one host silent, one intercepted. */
function realRun(lang: Lang): CheckRun {
  const t = translator(lang);
  const dns = (host: string) =>
    check({
      id: `dns:${host}`,
      kind: 'dns',
      target: { host },
      status: 'fail',
      verdict: 'dns_not_found',
      message: t('verdicts:dns_not_found.message', { host, code: 'ENOTFOUND' }),
      fix: t('verdicts:dns_not_found.fix', { host }),
    });
  const timeout = (host: string, port: number) =>
    check({
      id: `tcp:${host}:${port}`,
      kind: 'tcp',
      target: { host, port },
      status: 'fail',
      verdict: 'tcp_timeout',
      message: t('verdicts:tcp_timeout.message', { host, port, timeoutMs: 5000 }),
      fix: t('verdicts:tcp_timeout.fix', { host, port }),
    });
  const issuer = 'CN=Example Inspector CA, O=Example Corp';
  return brokenRun({
    lang,
    checks: [
      check({ id: 'os', kind: 'os', status: 'pass', verdict: 'ok', message: 'Windows 11' }),
      dns('assist.zoho.com'),
      dns('gateway.zohoassist.com'),
      timeout('join.zoho.com', 443),
      check({
        id: 'tls:downloads.zohocdn.com:443',
        kind: 'tls',
        target: { host: 'downloads.zohocdn.com', port: 443 },
        status: 'fail',
        verdict: 'tls_intercepted',
        message: t('verdicts:tls_intercepted.message', {
          issuer,
          host: 'downloads.zohocdn.com',
          port: 443,
          root: 'Example Root',
        }),
        fix: t('verdicts:tls_intercepted.fix', { vendor: 'Zoho Assist', issuer }),
      }),
    ],
  });
}

const rows = (text: string) => text.replace(/\n$/, '').split('\n');
const letters = (text: string) => text.replace(/\s+/g, '');

describe.each(['ja', 'en'] as const)('the %s summary on a terminal', (lang) => {
  const whole = formatSummary(realRun(lang), lang, false, null);

  it.each([40, 80])(
    'fits %i columns by display width, loses nothing, and ends with the verdict',
    (width) => {
      const wrapped = formatSummary(realRun(lang), lang, false, width);
      // Something was long enough to wrap, or the test proves nothing.
      expect(rows(wrapped).length).toBeGreaterThan(rows(whole).length);
      for (const row of rows(wrapped)) expect(stringWidth(row), row).toBeLessThanOrEqual(width);
      // Every character, in order: a break only drops the space it replaced.
      expect(letters(wrapped)).toBe(letters(whole));
      if (lang === 'en') expect(wrapped.split(/\s+/)).toEqual(whole.split(/\s+/));

      // The verdict is the last paragraph: its rows, joined, are the unwrapped verdict line.
      const verdict = rows(whole).at(-1) ?? '';
      expect(verdict).toMatch(/^✖ /);
      // The verdict, then the next step: these causes are on the way out, so the request to IT.
      const t = translator(lang);
      const next = `${lang === 'ja' ? '' : ' '}${t('cli:nextStep.askIt')}`;
      expect(verdict).toBe(`✖ ${t('cli:notReady', { count: 4 })}${next}`);
      const lastParagraph = wrapped.trimEnd().split('\n\n').at(-1) ?? '';
      expect(letters(lastParagraph)).toBe(letters(verdict));
      // And it comes after every cause and fix.
      expect(wrapped.lastIndexOf('→')).toBeLessThan(wrapped.lastIndexOf('✖'));
    },
  );

  it('indents continuations under their bullet', () => {
    const wrapped = rows(formatSummary(realRun(lang), lang, false, 40));
    const fixes = wrapped.flatMap((row, i) => (row.startsWith('        → ') ? [i] : []));
    expect(fixes.length).toBeGreaterThan(0);
    // Each fix is long enough to wrap at 40: its next row sits under the text, after the arrow.
    for (const i of fixes) expect(wrapped[i + 1]).toMatch(/^ {10}\S/);
  });
});

describe('Japanese line breaks', () => {
  const whole = formatSummary(realRun('ja'), 'ja', false, null);
  const wrapped = formatSummary(realRun('ja'), 'ja', false, 40);

  it('never start a line with closing punctuation', () => {
    for (const row of rows(wrapped)) expect(row.trimStart(), row).not.toMatch(/^[、。）」]/u);
  });

  it('fall between words, never inside one', () => {
    for (const word of [
      'ネットワーク',
      '管理者',
      '確認してください',
      'ご確認ください',
      'ファイアウォール',
      '発行者',
      'インスペクション',
    ])
      expect(wrapped.split(word).length, word).toBe(whole.split(word).length);
  });
});

describe('a line that does not fit', () => {
  it('cuts a run with no space (a URL) at the column, by display width', () => {
    const url = `https://example.test/${'a'.repeat(60)}`;
    const out = wrapLine({ lead: '  → ', text: `開いてください: ${url}` }, 30);
    for (const row of out) expect(stringWidth(row)).toBeLessThanOrEqual(30);
    expect(out.slice(1).every((row) => row.startsWith('    '))).toBe(true);
    expect(letters(out.join(''))).toBe(letters(`  → 開いてください: ${url}`));
  });

  it('fits after the terminal net too: hidden characters are shown before the width is counted', () => {
    const run = realRun('en');
    const evil = '\u202eevil\u200b OU from a certificate ';
    const first = run.checks[1];
    if (first) first.message = evil.repeat(4);
    const out = terminalText(formatSummary(run, 'en', true, 40));
    expect(out).toContain('[U+202E]evil[U+200B]');
    for (const row of rows(out)) expect(stringWidth(row), row).toBeLessThanOrEqual(40);
  });

  it('is kept whole when there is no width (a pipe or a file)', () => {
    const text = 'x '.repeat(100).trim();
    expect(wrapLine({ lead: '', text }, null)).toEqual([text]);
  });

  it('keeps a colour to each row, never counted as width', () => {
    const red = (s: string) => `\x1b[31m${s}\x1b[0m`;
    const out = wrapLine({ lead: '', text: 'word '.repeat(20).trim(), paint: red }, 24);
    expect(out.length).toBeGreaterThan(1);
    for (const row of out) {
      expect(row.startsWith('\x1b[31m') && row.endsWith('\x1b[0m'), row).toBe(true);
      expect(stringWidth(row)).toBeLessThanOrEqual(24);
    }
  });
});
