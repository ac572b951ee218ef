import type { CheckTexts, CheckWording } from '../../../shared/check-result';
import type { Lang } from '../../../shared/lang';

const langs: readonly Lang[] = ['ja', 'en'];

/** A result's wording fields: `message` and `fix` in the run's language, `texts` in both. */
export interface WordedFields {
  message: string;
  fix?: string;
  texts: CheckTexts;
}

/**
 * Words a result in every language at once (the same function, each language's translator), so a
 * language switch re-words it from what core wrote (`localizeRun`), never from a second guess.
 */
export function wordBoth(runLang: Lang, word: (lang: Lang) => CheckWording): WordedFields {
  const texts: CheckTexts = {};
  for (const lang of langs) {
    const w = word(lang);
    texts[lang] = { message: w.message, ...(w.fix ? { fix: w.fix } : {}) };
  }
  const own = texts[runLang] ?? word(runLang);
  return { message: own.message, ...(own.fix ? { fix: own.fix } : {}), texts };
}
