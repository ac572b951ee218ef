import { langSchema, type Lang } from '../../shared/lang';

// Per tab and per origin (so per browser-mode port); a reload keeps it, a new tab starts from the browser.
const LANG_KEY = 'session-prep:lang';

/** The language the customer chose earlier in this tab, if any. */
export function keptLangChoice(): Lang | null {
  try {
    const parsed = langSchema.safeParse(globalThis.sessionStorage?.getItem(LANG_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    // Storage can be refused (a sandboxed or private context): the choice then lasts until a reload.
    return null;
  }
}

export function keepLangChoice(lang: Lang): void {
  try {
    globalThis.sessionStorage?.setItem(LANG_KEY, lang);
  } catch {
    // As above: not kept, still applied.
  }
}
