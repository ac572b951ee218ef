import i18next, { type i18n, type TFunction } from 'i18next';
import type { Lang } from './lang';
import { namespaces, resources } from './locales';

/** A translator for one language; every front door (CLI, core, renderer) builds messages through it. */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  // initImmediate false: resources are in memory, so init is synchronous and `t` works at once.
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    ns: namespaces,
    defaultNS: 'verdicts',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** A `t` that knows every namespace, so each key is written `ns:key` and checked against the English files. */
export type Translate = TFunction<typeof namespaces>;

const cache = new Map<Lang, Translate>();

/** A cached `t` for the language. */
export function translator(lang: Lang): Translate {
  let t = cache.get(lang);
  if (!t) {
    t = createI18n(lang).getFixedT(lang, namespaces);
    cache.set(lang, t);
  }
  return t;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'verdicts';
    resources: (typeof resources)['en'];
    strictInterpolationChecks: true;
  }
}
