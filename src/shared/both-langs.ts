import { translator, type Translate } from './i18n';
import type { Lang } from './lang';

// Between the two languages of one text: a blank line, which no single sentence of ours contains.
const BETWEEN = '\n\n';

/**
 * A text in Japanese first, then English, for what is shown before anyone could choose a language:
 * browser mode's refusals (no launch code, a foreign Host or Origin, a used address).
 */
export function inBothLangs(word: (t: Translate) => string): string {
  return `${word(translator('ja'))}${BETWEEN}${word(translator('en'))}`;
}

/** A text made by `inBothLangs`, split back into its languages (all of it as Japanese otherwise). */
export function splitBothLangs(text: string): { lang: Lang; text: string }[] {
  const at = text.indexOf(BETWEEN);
  if (at < 0) return [{ lang: 'ja', text }];
  return [
    { lang: 'ja', text: text.slice(0, at) },
    { lang: 'en', text: text.slice(at + BETWEEN.length).trim() },
  ];
}
