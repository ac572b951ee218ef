import { z } from 'zod';

export const langSchema = z.enum(['ja', 'en']);
export type Lang = z.infer<typeof langSchema>;

/** Japanese first: any Japanese locale gives ja, anything else en. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^ja\b/i.test(locale.replace('_', '-')) ? 'ja' : 'en';
}
