import { describe, expect, expectTypeOf, it } from 'vitest';
import { namespaces, resources } from './index';
import type { Placeholders, TranslationOf } from './translation-shape';

// These lines are checked by `npm run typecheck`: each @ts-expect-error must meet an error, so the
// shape check is proven to refuse what it promises to refuse.
type En = { greet: 'Hello {{name}}, {{count}} left'; nested: { plain: 'Done.' } };

const good = {
  greet: '{{name}} さん、残り {{count}} 件',
  nested: { plain: '完了しました。' },
} as const;
void (good satisfies TranslationOf<En, typeof good>);

const dropped = { greet: 'こんにちは、残り {{count}} 件', nested: { plain: '完了' } } as const;
// @ts-expect-error a translation that drops {{name}} does not compile
void (dropped satisfies TranslationOf<En, typeof dropped>);

const renamed = { greet: '{{nam}} さん、残り {{count}} 件', nested: { plain: '完了' } } as const;
// @ts-expect-error a translation that renames {{name}} does not compile
void (renamed satisfies TranslationOf<En, typeof renamed>);

const missing = { greet: '{{name}} さん、残り {{count}} 件', nested: {} } as const;
// @ts-expect-error a translation without a key of the English file does not compile
void (missing satisfies TranslationOf<En, typeof missing>);

const extra = { ...good, typo: 'どこにもないキー' } as const;
// @ts-expect-error a key the English file does not have does not compile
void (extra satisfies TranslationOf<En, typeof extra>);

const widened: { greet: string; nested: { plain: string } } = good;
// @ts-expect-error a message typed as plain string cannot be checked, so it is refused
void (widened satisfies TranslationOf<En, typeof widened>);

describe('the translation shape', () => {
  it('reads placeholders the way i18next does, formats and unescaping included', () => {
    expectTypeOf<Placeholders<'{{a}} and {{- b}} and {{ c , number}}'>>().toEqualTypeOf<
      'a' | 'b' | 'c'
    >();
    expectTypeOf<Placeholders<'no placeholder'>>().toBeNever();
  });

  // The compiler checks this already; a cast in a locale file would slip past it, this would not.
  it.each(namespaces)('%s: every Japanese message names exactly the English placeholders', (ns) => {
    const leaves = (value: unknown, prefix = ''): [string, string][] =>
      typeof value === 'string'
        ? [[prefix, value]]
        : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
            leaves(v, prefix ? `${prefix}.${k}` : k),
          );
    const names = (text: string) =>
      [...text.matchAll(/\{\{-?\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();
    const ja = new Map(leaves(resources.ja[ns]));
    for (const [key, text] of leaves(resources.en[ns])) {
      expect(ja.has(key), `${ns}:${key}`).toBe(true);
      expect(names(ja.get(key) ?? ''), `${ns}:${key}`).toEqual(names(text));
    }
    expect(ja.size).toBe(leaves(resources.en[ns]).length);
  });
});
