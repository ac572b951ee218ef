import { create } from 'zustand';
import type { ResultOf } from '../../shared/api';
import type { Lang } from '../../shared/lang';
import type { Problem } from '../../shared/reply';
import { getApiClient } from '../api/get-api-client';
import { keepLangChoice, keptLangChoice } from '../model/kept-lang-choice';
import { pickLang } from '../model/pick-lang';

export type AppInfo = ResultOf<'app.info'>;

interface AppState {
  info: AppInfo | null;
  /** The customer's choice (kept for the tab), else Japanese until `app.info` lets `pickLang` decide. */
  lang: Lang;
  hasChosenLang: boolean;
  problem: Problem | null;
  load(): Promise<void>;
  chooseLang(lang: Lang): void;
}

const kept = keptLangChoice();

export const useAppStore = create<AppState>()((set, get) => ({
  info: null,
  lang: kept ?? 'ja',
  hasChosenLang: kept !== null,
  problem: null,
  async load() {
    const reply = await getApiClient().call('app.info', {});
    if (!reply.ok) {
      set({ problem: reply.problem });
      return;
    }
    // The customer's choice, then the browser's languages (browser mode), then the front door's.
    set({
      info: reply.value,
      problem: null,
      lang: pickLang({
        chosen: get().hasChosenLang ? get().lang : null,
        mode: reply.value.mode,
        browserLanguages: globalThis.navigator?.languages ?? [],
        serverLang: reply.value.lang,
      }),
    });
  },
  chooseLang(lang) {
    keepLangChoice(lang);
    set({ lang, hasChosenLang: true });
  },
}));
