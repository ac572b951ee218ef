import type { i18n } from 'i18next';
import { createI18n } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';

/** The renderer's one i18next instance, on the shared resources; the app store's language drives it. */
export const rendererI18n: i18n = createI18n('ja');

/** Switches the messages and the document's language together, so screen readers pronounce the right one. */
export function applyLang(lang: Lang): void {
  if (rendererI18n.language !== lang) void rendererI18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}
