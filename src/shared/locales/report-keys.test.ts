import { describe, expect, it } from 'vitest';
import { report as en } from './en/report';
import { report as ja } from './ja/report';

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('the report namespace', () => {
  it('has the same keys in Japanese and English, none empty, with the same placeholders', () => {
    const enLeaves = new Map(leaves(en));
    const jaLeaves = new Map(leaves(ja));
    expect([...jaLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of enLeaves) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(jaLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('speaks Japanese in the polite register for sentences', () => {
    for (const key of [
      'document.ready',
      'document.notReady',
      'document.sendToSupport',
      'errors.noRun',
      'errors.badExtension',
    ]) {
      const text = new Map(leaves(ja)).get(key) ?? '';
      expect(text, key).toMatch(/(です|ます|ください)。?/);
    }
  });
});
