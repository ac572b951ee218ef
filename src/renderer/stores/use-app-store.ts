import { create } from 'zustand';
import type { ResultOf } from '../../shared/api';
import type { Lang } from '../../shared/lang';
import type { Problem } from '../../shared/reply';
import { getApiClient } from '../api/get-api-client';

export type AppInfo = ResultOf<'app.info'>;

interface AppState {
  info: AppInfo | null;
  /** Japanese first until `app.info` says otherwise or the user chooses. */
  lang: Lang;
  hasChosenLang: boolean;
  problem: Problem | null;
  load(): Promise<void>;
  chooseLang(lang: Lang): void;
}

export const useAppStore = create<AppState>()((set, get) => ({
  info: null,
  lang: 'ja',
  hasChosenLang: false,
  problem: null,
  async load() {
    const reply = await getApiClient().call('app.info', {});
    if (!reply.ok) {
      set({ problem: reply.problem });
      return;
    }
    // The OS locale (as the front door saw it) decides, unless the user already picked a language.
    set({
      info: reply.value,
      problem: null,
      lang: get().hasChosenLang ? get().lang : reply.value.lang,
    });
  },
  chooseLang(lang) {
    set({ lang, hasChosenLang: true });
  },
}));
