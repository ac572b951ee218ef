import { create } from 'zustand';
import type { CleanupResult, CleanupScan } from '../../../shared/cleanup-schemas';
import type { Problem } from '../../../shared/reply';
import { getApiClient } from '../../api/get-api-client';
import { useAppStore } from '../../stores/use-app-store';

export interface CleanupState {
  phase: 'idle' | 'scanning' | 'scanned' | 'removing' | 'done';
  scan: CleanupScan | null;
  selected: readonly string[];
  consent: boolean;
  result: CleanupResult | null;
  problem: Problem | null;
  runScan(): Promise<void>;
  toggle(id: string, on: boolean): void;
  setConsent(consent: boolean): void;
  remove(): Promise<void>;
}

const lang = () => useAppStore.getState().lang;

export const useCleanupStore = create<CleanupState>()((set, get) => ({
  phase: 'idle',
  scan: null,
  selected: [],
  consent: false,
  result: null,
  problem: null,

  async runScan() {
    set({ phase: 'scanning', problem: null, result: null, consent: false });
    const reply = await getApiClient().call('cleanup.scan', { lang: lang() });
    if (!reply.ok) return set({ phase: 'idle', problem: reply.problem });
    // Everything removable starts selected: the customer unticks what to keep.
    set({
      phase: 'scanned',
      scan: reply.value,
      selected: reply.value.items.filter((i) => i.removable).map((i) => i.id),
    });
  },

  toggle(id, on) {
    const rest = get().selected.filter((s) => s !== id);
    set({ selected: on ? [...rest, id] : rest });
  },

  setConsent(consent) {
    set({ consent });
  },

  async remove() {
    const { selected, consent } = get();
    if (!consent || selected.length === 0) return;
    set({ phase: 'removing', problem: null });
    const reply = await getApiClient().call('cleanup.run', {
      ids: [...selected],
      consent: true,
      lang: lang(),
    });
    if (!reply.ok) return set({ phase: 'scanned', problem: reply.problem });
    set({
      phase: 'done',
      result: reply.value,
      scan: reply.value.after,
      selected: [],
      consent: false,
    });
  },
}));
