import { describe, expect, it } from 'vitest';
import { resources } from './locales';
import { wordVerdict } from './word-verdict';
import { networkVerdicts } from './verdicts';

function keyPaths(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? keyPaths(v as object, `${prefix}${k}.`)
      : [`${prefix}${k}`],
  );
}

describe('wordVerdict', () => {
  it('has the same keys in Japanese and English', () => {
    expect(keyPaths(resources.ja.verdicts).sort()).toEqual(keyPaths(resources.en.verdicts).sort());
  });

  it('words every network verdict with a message and a fix in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const v of networkVerdicts) {
        const w = wordVerdict(lang, v, { kind: 'tcp', vars: { host: 'h.example', port: 443 } });
        expect(w.message, `${lang} ${v}`).not.toBe(v);
        if (v !== 'ok') expect(w.fix, `${lang} ${v}`).toBeTruthy();
      }
    }
  });

  it('interpolates and picks a variant, falling back to the plain message', () => {
    const w = wordVerdict('en', 'tls_failed', {
      variant: 'timeout',
      vars: { host: 'a.example', port: 443, timeoutMs: 300 },
    });
    expect(w.message).toContain('within 300 ms');
    expect(
      wordVerdict('en', 'tls_failed', { variant: 'nope', vars: { host: 'a', port: 1, code: 'X' } })
        .message,
    ).toBe('The secure connection to a:1 failed.');
    expect(
      wordVerdict('ja', 'tcp_refused', { vars: { host: 'a.example', port: 443 } }).message,
    ).toContain('a.example のポート 443');
    expect(
      wordVerdict('en', 'ok', { kind: 'dns', vars: { host: 'a', addresses: '1.2.3.4' } }).message,
    ).toBe('a resolves to 1.2.3.4.');
  });
});
