import { z } from 'zod';

export const langSchema = z.enum(['ja', 'en']);
export type Lang = z.infer<typeof langSchema>;

/** Japanese first: any Japanese locale gives ja, anything else en. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^ja\b/i.test(locale.replace('_', '-')) ? 'ja' : 'en';
}

/**
 * The first of a list of preferred languages (the browser's `navigator.languages`, the OS's preferred
 * languages) that is Japanese or English, e.g. `ja-JP`; undefined when none is.
 */
export function langFromLanguages(languages: readonly string[]): Lang | undefined {
  for (const locale of languages) {
    const tag = locale.replace('_', '-').toLowerCase();
    if (/^ja\b/.test(tag)) return 'ja';
    if (/^en\b/.test(tag)) return 'en';
  }
  return undefined;
}
