import { describe, expect, it } from 'vitest';
import type { Lang } from '../lang';
import { verdictSchema, type Verdict } from '../verdicts';
import { wordVerdict } from '../word-verdict';
import { namespaces, resources } from './index';

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/** Every message of a namespace with its key path. */
function messages(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => messages(v, prefix ? `${prefix}.${k}` : k));
}

const names = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();

// A probe passes one set of values whatever the language; so if the English sentence is filled, the
// Japanese one is too, exactly when both name the same placeholders. The engine's fixtures (test/fixtures/
// network-run.ts, the lab's run-cli.ts) check every message of every run they make for a `{{`.
describe('placeholders', () => {
  it.each(namespaces)(
    '%s: each Japanese message names the same placeholders as its English one',
    (ns) => {
      const ja = new Map(messages(resources.ja[ns]));
      for (const [key, en] of messages(resources.en[ns]))
        expect(names(ja.get(key) ?? ''), `${ns}:${key}`).toEqual(names(en));
    },
  );

  it('every verdict message and fix, each variant, both languages: filled by the values it names', () => {
    const verdictKeys = new Set<string>(verdictSchema.options);
    for (const [key, en] of messages(resources.en.verdicts)) {
      const [verdict, variant] = key.split('.');
      if (!verdict || !verdictKeys.has(verdict) || variant === undefined) continue;
      const vars = Object.fromEntries(names(en).map((n) => [n, `<${n}>`]));
      for (const lang of ['en', 'ja'] as Lang[]) {
        const w = wordVerdict(lang, verdict as Verdict, {
          ...(verdict === 'ok' ? { kind: 'tcp' as const } : {}),
          ...(variant === 'message' || variant === 'fix' ? {} : { variant }),
          vars,
        });
        const text = variant === 'fix' ? (w.fix ?? '') : w.message;
        expect(text, `${lang} ${key}`).not.toContain('{{');
        for (const n of names(en)) expect(text, `${lang} ${key}`).toContain(`<${n}>`);
      }
    }
  });
});
