import { describe, expect, it } from 'vitest';
import { oemCodePageCommand, oemCodePageForLocale, parseOemCodePage } from './code-page';
import { systemLegacyCodePage } from './run-command';

describe('the console code page Windows reports', () => {
  it('asks the registry for OEMCP with reg.exe, as an argument array', () => {
    expect(oemCodePageCommand()).toEqual({
      file: 'reg',
      args: ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage', '/v', 'OEMCP'],
      timeoutMs: 5000,
    });
  });

  // In `reg query /v` layout (as the verbatim captures in test/fixtures/os/windows show it); no capture
  // of this key exists (SOURCES.md).
  it.each([
    ['932', 932],
    ['850', 850],
    ['65001', 65001],
  ])('reads OEMCP %s', (value, expected) => {
    const text = `\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage\r\n    OEMCP    REG_SZ    ${value}\r\n\r\n`;
    expect(parseOemCodePage(text)).toBe(expected);
  });

  it('has no code page from an error or an empty answer', () => {
    expect(
      parseOemCodePage(
        'ERROR: The system was unable to find the specified registry key or value.\r\n',
      ),
    ).toBeUndefined();
    expect(parseOemCodePage('')).toBeUndefined();
  });

  it('guesses from the locale only when the registry cannot be read', () => {
    expect(oemCodePageForLocale('ja-JP')).toBe(932);
    expect(oemCodePageForLocale('zh-TW')).toBe(950);
    expect(oemCodePageForLocale('zh-Hans-CN')).toBe(936);
    expect(oemCodePageForLocale('ko')).toBe(949);
    expect(oemCodePageForLocale('ru-RU')).toBe(866);
    expect(oemCodePageForLocale('en-US')).toBe(437);
    expect(oemCodePageForLocale('en-GB')).toBe(850);
    expect(oemCodePageForLocale('fr-FR')).toBe(850);
  });

  it('is not asked for off Windows, where tools write UTF-8', async () => {
    expect(await systemLegacyCodePage('linux')).toBeUndefined();
    expect(await systemLegacyCodePage('darwin')).toBeUndefined();
  });
});
