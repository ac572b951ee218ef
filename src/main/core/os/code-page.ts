import { parseRegQuery, regQueryCommand, regValuesOf } from './reg-query';
import type { CommandSpec } from './command';

/**
 * Why the registry: Node has no binding for GetOEMCP or GetConsoleOutputCP, and `chcp` is a cmd built-in
 * whose sentence is translated ("現在のコード ページ: 932"), so its own output needs the answer to be read.
 * OEMCP under this key is the code page Windows gives every new console (the one a hidden child of a GUI
 * app gets, and the one reg, netsh and sc write in when their output is a pipe); it follows the system
 * locale, not the display language, so a locale table can only guess it. `reg query` prints the value as
 * ASCII whatever the code page, so reading it needs none. A console that the user set to `chcp 65001`
 * makes the tools write UTF-8, which decode-output.ts reads before any code page.
 */

/** Where Windows keeps the code pages of the system locale ("language for non-Unicode programs"). */
export const CODE_PAGE_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage';

/** `reg query …\Nls\CodePage /v OEMCP`: its output is ASCII whatever the code page, so reading it needs none. */
export const oemCodePageCommand = (): CommandSpec => regQueryCommand(CODE_PAGE_KEY, 'OEMCP');

/** The OEM code page from that output: "    OEMCP    REG_SZ    932". */
export function parseOemCodePage(text: string): number | undefined {
  const value = regValuesOf(parseRegQuery(text)).OEMCP;
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

// The OEM code page of each system locale's language, for a PC whose registry could not be read (it
// always can in practice): East Asian and Cyrillic systems differ from the Western default.
const OEM_BY_LANGUAGE: Readonly<Record<string, number>> = {
  ja: 932,
  ko: 949,
  ru: 866,
  uk: 866,
  be: 866,
  bg: 866,
  el: 737,
  tr: 857,
  he: 862,
  ar: 720,
  th: 874,
  vi: 1258,
  cs: 852,
  pl: 852,
  hu: 852,
  sk: 852,
  sl: 852,
  hr: 852,
  ro: 852,
};

/** A guess from the locale (BCP 47): zh-TW/zh-HK 950, zh 936, en-US 437, else by language; Western Europe 850. */
export function oemCodePageForLocale(locale: string): number {
  const [language = '', ...rest] = locale.toLowerCase().split(/[-_]/);
  if (language === 'zh')
    return rest.some((p) => ['tw', 'hk', 'mo', 'hant'].includes(p)) ? 950 : 936;
  if (language === 'en') return rest.length === 0 || rest.includes('us') ? 437 : 850;
  return OEM_BY_LANGUAGE[language] ?? 850;
}
