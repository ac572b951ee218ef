import { langFromLanguages, type Lang } from '../../shared/lang';

export interface LangSources {
  /** The customer's own choice on the switch, kept for this session; null until they choose. */
  chosen: Lang | null;
  /** Electron follows the OS (the shell's `app.getPreferredSystemLanguages()`, i.e. the server's). */
  mode: 'electron' | 'web';
  /** `navigator.languages`, most preferred first. */
  browserLanguages: readonly string[];
  /** What the front door chose (`--lang`, or the OS locale of the process that serves the page). */
  serverLang: Lang;
}

/**
 * The wizard's language: the customer's choice, then (in browser mode) the first of the browser's
 * languages that is Japanese or English, then the server's. A ja-JP browser talking to a server started
 * in English gets Japanese (issue 15).
 */
export function pickLang(s: LangSources): Lang {
  if (s.chosen) return s.chosen;
  if (s.mode === 'web') return langFromLanguages(s.browserLanguages) ?? s.serverLang;
  return s.serverLang;
}
