import { create } from 'zustand';
import type { FixApplyResult, FixPlan } from '../../../shared/fixes-schemas';
import type { Problem } from '../../../shared/reply';
import { isPacAnswer } from '../../../shared/pac-answer';
import type { AllowlistFormat } from '../../../shared/report-schemas';
import { saveFile } from '../../model/save-file';
import { getApiClient } from '../../api/get-api-client';
import { useAppStore } from '../../stores/use-app-store';

type Phase = 'idle' | 'planning' | 'planned' | 'applying' | 'undoing';

export interface FixesState {
  phase: Phase;
  plan: FixPlan | null;
  selected: readonly string[];
  consent: boolean;
  /** The last apply or undo: outcomes and the checks before and after. */
  result: FixApplyResult | null;
  isConfirmingUndo: boolean;
  problem: Problem | null;
  itText: string | null;
  copyState: 'idle' | 'copied' | 'failed';
  /** What the PAC answers for every other site: what this PC uses today (null: unknown), or IT's choice. */
  pacToday: string | null;
  pacChoice: 'today' | 'direct' | 'custom' | null;
  pacCustom: string;
  loadPacDefault(): Promise<void>;
  choosePac(choice: 'today' | 'direct' | 'custom', custom?: string): void;
  loadPlan(): Promise<void>;
  toggle(id: string, on: boolean): void;
  setConsent(consent: boolean): void;
  apply(): Promise<void>;
  askUndo(isAsking: boolean): void;
  undoAll(): Promise<void>;
  copyItText(): Promise<void>;
  download(format: Exclude<AllowlistFormat, 'text'>): Promise<void>;
}

const lang = () => useAppStore.getState().lang;
const needed = (plan: FixPlan) => plan.changes.filter((c) => c.state === 'needed').map((c) => c.id);

export const useFixesStore = create<FixesState>()((set, get) => ({
  phase: 'idle',
  plan: null,
  selected: [],
  consent: false,
  result: null,
  isConfirmingUndo: false,
  problem: null,
  itText: null,
  copyState: 'idle',
  pacToday: null,
  pacChoice: null,
  pacCustom: '',

  async loadPlan() {
    set({ phase: 'planning', problem: null, consent: false });
    void get().loadPacDefault();
    const reply = await getApiClient().call('fixes.plan', { lang: lang() });
    if (!reply.ok) return set({ phase: 'idle', problem: reply.problem });
    // Every change this PC can make starts selected; the customer unticks what they do not want.
    set({ phase: 'planned', plan: reply.value, selected: needed(reply.value) });
  },

  toggle(id, on) {
    const rest = get().selected.filter((s) => s !== id);
    set({ selected: on ? [...rest, id] : rest });
  },

  setConsent(consent) {
    set({ consent });
  },

  async apply() {
    const { selected, consent } = get();
    if (!consent || selected.length === 0) return;
    set({ phase: 'applying', problem: null });
    const reply = await getApiClient().call('fixes.apply', {
      ids: [...selected],
      consent: true,
      lang: lang(),
    });
    if (!reply.ok) return set({ phase: 'planned', problem: reply.problem });
    set({
      phase: 'planned',
      result: reply.value,
      plan: reply.value.plan,
      selected: needed(reply.value.plan),
      consent: false,
    });
  },

  askUndo(isAsking) {
    set({ isConfirmingUndo: isAsking });
  },

  async undoAll() {
    set({ phase: 'undoing', problem: null, isConfirmingUndo: false });
    const reply = await getApiClient().call('fixes.undo', { consent: true, lang: lang() });
    if (!reply.ok) return set({ phase: get().plan ? 'planned' : 'idle', problem: reply.problem });
    set({
      phase: 'planned',
      result: reply.value,
      plan: reply.value.plan,
      selected: needed(reply.value.plan),
      consent: false,
    });
  },

  async copyItText() {
    const reply = await getApiClient().call('allowlist.get', { format: 'text', lang: lang() });
    if (!reply.ok) return set({ problem: reply.problem });
    set({ itText: reply.value.content });
    try {
      await navigator.clipboard.writeText(reply.value.content);
      set({ copyState: 'copied' });
    } catch {
      // No clipboard permission (an http page, a policy): the text is shown to select by hand.
      set({ copyState: 'failed' });
    }
  },

  async loadPacDefault() {
    const reply = await getApiClient().call('allowlist.pacDefault', { lang: lang() });
    if (!reply.ok) return;
    const today = reply.value.today;
    // Preselected only when known: a PAC must never send the company around its proxy by default.
    set({ pacToday: today, pacChoice: get().pacChoice ?? (today === null ? null : 'today') });
  },

  choosePac(choice, custom) {
    set({ pacChoice: choice, ...(custom === undefined ? {} : { pacCustom: custom }) });
  },

  async download(format) {
    const fallback = format === 'pac' ? chosenFallback(get()) : undefined;
    if (format === 'pac' && fallback === undefined) return;
    const reply = await getApiClient().call('allowlist.get', {
      format,
      lang: lang(),
      ...(fallback === undefined ? {} : { pacFallback: fallback }),
    });
    if (!reply.ok) return set({ problem: reply.problem });
    saveFile(reply.value);
  },
}));

/** The PAC answer IT chose, or undefined while the choice is not made (or not a PAC answer). */
export function chosenFallback(
  s: Pick<FixesState, 'pacChoice' | 'pacToday' | 'pacCustom'>,
): string | undefined {
  if (s.pacChoice === 'today') return s.pacToday ?? undefined;
  if (s.pacChoice === 'direct') return 'DIRECT';
  if (s.pacChoice === 'custom' && isPacAnswer(s.pacCustom.trim())) return s.pacCustom.trim();
  return undefined;
}
