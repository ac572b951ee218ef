import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { namespaces, resources } from './index';

/** Every key path of a nested message object, with i18next plural suffixes folded. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

const fold = (keys: string[]) =>
  [...new Set(keys.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

describe('translations', () => {
  it.each(namespaces)('%s has the same keys in Japanese and English', (ns) => {
    expect(fold(keysOf(resources.ja[ns]))).toEqual(fold(keysOf(resources.en[ns])));
  });

  it.each(namespaces)('%s has no empty message', (ns) => {
    for (const lang of ['ja', 'en'] as const) {
      for (const key of keysOf(resources[lang][ns])) {
        const path = key.split('.');
        let v: unknown = resources[lang][ns];
        for (const p of path) v = (v as Record<string, unknown>)[p];
        expect(typeof v === 'string' && v.trim().length > 0, `${lang}:${ns}:${key}`).toBe(true);
      }
    }
  });

  it('Japanese messages are Japanese, in the polite register where they are sentences', () => {
    const t = translator('ja');
    expect(t('cli:ready')).toMatch(/できています。$/);
  });
});
