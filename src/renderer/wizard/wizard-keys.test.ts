/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/locales';
import { stepIds } from '../model/wizard-steps';

// Every component that speaks the wizard namespace, as source text: a key typo must fail here, not show as a raw key.
const sources = import.meta.glob(
  [
    '../**/*.tsx',
    '!../components/**',
    '!../steps/join/**',
    '!../steps/cleanup/**',
    '!../steps/fixes/**',
  ],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

function lookup(ns: string, key: string): unknown {
  const tree: unknown = (resources.en as Record<string, unknown>)[ns];
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      tree,
    );
}

describe('wizard message keys', () => {
  const wizardFiles = Object.entries(sources).filter(([, text]) =>
    text.includes("useTranslation('wizard')"),
  );

  it('finds the wizard components to check', () => {
    expect(wizardFiles.length).toBeGreaterThan(8);
  });

  it.each(wizardFiles)('%s uses only keys that exist', (_file, text) => {
    const literal = [...text.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1] as string);
    const missing = literal.filter((key) => {
      const [ns, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['wizard', key];
      return typeof lookup(ns, path) !== 'string';
    });
    expect(missing).toEqual([]);
    // Keys built from a prefix (`steps.${id}`): the prefix must name a group of messages.
    const prefixes = [...text.matchAll(/\bt\(\s*`([a-zA-Z.:]+)\.\$\{/g)].map((m) => m[1] as string);
    const missingGroups = prefixes.filter((p) => {
      const [ns, path] = p.includes(':') ? (p.split(':') as [string, string]) : ['wizard', p];
      return typeof lookup(ns, path) !== 'object';
    });
    expect(missingGroups).toEqual([]);
  });

  it('names and titles every step in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const id of stepIds) {
        expect(typeof resources[lang].wizard.steps[id]).toBe('string');
        expect(typeof resources[lang].wizard.titles[id]).toBe('string');
      }
    }
  });
});
