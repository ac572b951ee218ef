import { describe, expect, it } from 'vitest';
import { langFromLanguages } from '../../shared/lang';
import { pickLang } from './pick-lang';

describe('the wizard’s language', () => {
  it('follows a ja-JP browser in browser mode, whatever language the server started in', () => {
    expect(
      pickLang({
        chosen: null,
        mode: 'web',
        browserLanguages: ['ja-JP', 'en-US'],
        serverLang: 'en',
      }),
    ).toBe('ja');
    expect(
      pickLang({ chosen: null, mode: 'web', browserLanguages: ['en-GB', 'ja'], serverLang: 'ja' }),
    ).toBe('en');
  });

  it('takes the first browser language that is Japanese or English, skipping the others', () => {
    expect(
      pickLang({
        chosen: null,
        mode: 'web',
        browserLanguages: ['fr-FR', 'ja_JP'],
        serverLang: 'en',
      }),
    ).toBe('ja');
  });

  it('falls back to the server’s language when the browser names neither', () => {
    for (const serverLang of ['ja', 'en'] as const)
      expect(
        pickLang({ chosen: null, mode: 'web', browserLanguages: ['de', 'fr'], serverLang }),
      ).toBe(serverLang);
    expect(pickLang({ chosen: null, mode: 'web', browserLanguages: [], serverLang: 'ja' })).toBe(
      'ja',
    );
  });

  it('puts the customer’s own choice above everything', () => {
    expect(
      pickLang({ chosen: 'en', mode: 'web', browserLanguages: ['ja-JP'], serverLang: 'ja' }),
    ).toBe('en');
    expect(
      pickLang({ chosen: 'ja', mode: 'electron', browserLanguages: ['en'], serverLang: 'en' }),
    ).toBe('ja');
  });

  it('follows the OS in Electron (the shell’s language), not Chromium’s list', () => {
    expect(
      pickLang({ chosen: null, mode: 'electron', browserLanguages: ['en-US'], serverLang: 'ja' }),
    ).toBe('ja');
  });

  it('reads ja and en tags, not names that only start with the letters', () => {
    expect(langFromLanguages(['jam', 'eng', 'en-US'])).toBe('en');
    expect(langFromLanguages(['JA-jp'])).toBe('ja');
    expect(langFromLanguages(['zh-CN'])).toBeUndefined();
  });
});
