import type { Translate } from './i18n';
import { translator } from './i18n';
import type { Lang } from './lang';
import type { CheckKind, Verdict } from './verdicts';

/** A value a message quotes that is itself worded (a product's bypass, say): one text per language. */
export type LangText = Readonly<Record<Lang, string>>;
export type VerdictVars = Record<string, string | number | LangText>;

/** A worded value in each language, for a message that quotes it. */
export function inEachLang(word: (t: Translate) => string): LangText {
  return { ja: word(translator('ja')), en: word(translator('en')) };
}

/** A worded value as one language quotes it (a plain value is the same in both). */
export function textIn(value: string | LangText, lang: Lang): string {
  return typeof value === 'string' ? value : value[lang];
}

/** The values as one language's message quotes them. */
function varsIn(vars: VerdictVars, lang: Lang): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(vars).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]),
  );
}

export interface VerdictWording {
  message: string;
  /** One sentence of what to do; absent for `ok`, `skipped` and `cancelled`. */
  fix?: string;
}

export interface WordOptions {
  /** For `ok`: which check passed (its message differs per kind). */
  kind?: CheckKind;
  /** A more precise message for the same verdict, e.g. `timeout` for tls_failed (falls back to `message`). */
  variant?: string;
  /** A more precise fix for the same verdict, e.g. `fixByProduct` for tls_intercepted (falls back to `fix`). */
  fixVariant?: string;
  vars?: VerdictVars;
}

function pick(
  t: Translate,
  keys: string[],
  vars: Record<string, string | number>,
): string | undefined {
  for (const key of keys) {
    const text = t(key, { ...vars, defaultValue: '' });
    if (typeof text === 'string' && text !== '') return text;
  }
  return undefined;
}

/**
 * The message and fix of a verdict from the `verdicts` namespace, for every area that reports checks
 * (network, bandwidth, the CLI summary, the report). Unknown keys come back as the verdict's name.
 */
export function wordVerdict(lang: Lang, verdict: Verdict, o: WordOptions = {}): VerdictWording {
  const t = translator(lang);
  const vars = varsIn(o.vars ?? {}, lang);
  if (verdict === 'ok') {
    const keys = [o.variant, o.kind]
      .filter((k): k is string => Boolean(k))
      .map((k) => `verdicts:ok.${k}`);
    return { message: pick(t, keys, vars) ?? 'ok' };
  }
  if (verdict === 'skipped' || verdict === 'cancelled') {
    return { message: pick(t, [`verdicts:${verdict}.message`], vars) ?? verdict };
  }
  const message =
    pick(
      t,
      [...(o.variant ? [`verdicts:${verdict}.${o.variant}`] : []), `verdicts:${verdict}.message`],
      vars,
    ) ?? verdict;
  const fix = pick(
    t,
    [...(o.fixVariant ? [`verdicts:${verdict}.${o.fixVariant}`] : []), `verdicts:${verdict}.fix`],
    vars,
  );
  return fix ? { message, fix } : { message };
}
