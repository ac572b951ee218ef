import type { CheckResult } from '../../../shared/check-result';
import { connectivityFailure } from '../../../shared/results/common-cause';
import { create } from 'zustand';
import type { ImeStatus, LinkValidation, PrivacyWindows } from '../../../shared/join-schemas';
import type { Problem } from '../../../shared/reply';
import { newRunId } from '../../model/run-id';
import { getApiClient } from '../../api/get-api-client';
import { useAppStore } from '../../stores/use-app-store';

type Phase = 'idle' | 'running' | 'done' | 'failed';

export interface JoinState {
  text: string;
  validation: LinkValidation | null;
  isValidating: boolean;
  checks: {
    phase: Phase;
    ready: boolean | null;
    /** Every required host failed: joining cannot work, so the step says so and does not offer it. */
    noneReached?: boolean;
    problem: Problem | null;
  };
  windows: PrivacyWindows | null;
  isListing: boolean;
  minimiseMessage: string | null;
  confirmed: boolean;
  ime: ImeStatus | null;
  imeProblem: Problem | null;
  open: { phase: Phase; url: string | null; problem: Problem | null };
  setText(text: string): void;
  validate(): Promise<void>;
  checkHosts(): Promise<void>;
  listWindows(): Promise<void>;
  minimise(): Promise<void>;
  setConfirmed(confirmed: boolean): void;
  loadIme(): Promise<void>;
  enableIme(): Promise<void>;
  openSession(): Promise<void>;
}

const lang = () => useAppStore.getState().lang;

export const useJoinStore = create<JoinState>()((set, get) => ({
  text: '',
  validation: null,
  isValidating: false,
  checks: { phase: 'idle', ready: null, problem: null },
  windows: null,
  isListing: false,
  minimiseMessage: null,
  confirmed: false,
  ime: null,
  imeProblem: null,
  open: { phase: 'idle', url: null, problem: null },

  setText(text) {
    // A new link invalidates what was checked and confirmed for the old one.
    set({
      text,
      validation: null,
      checks: { phase: 'idle', ready: null, problem: null },
      open: { phase: 'idle', url: null, problem: null },
    });
  },

  async validate() {
    set({ isValidating: true });
    const reply = await getApiClient().call('link.validate', { text: get().text, lang: lang() });
    set({
      isValidating: false,
      validation: reply.ok
        ? reply.value
        : { ok: false, reason: 'unparseable', message: reply.problem.message },
    });
    // A valid link goes straight on to its data centre's checks: the customer need not know to ask.
    if (reply.ok && reply.value.ok) await get().checkHosts();
  },

  async checkHosts() {
    const validation = get().validation;
    if (!validation?.ok) return;
    set({ checks: { phase: 'running', ready: null, problem: null } });
    // The invitation's data centre is the one whose hosts are required (issue 12); a bare key names
    // none, so the catalog's default decides. Hosts of other data centres are not checked.
    const reply = await getApiClient().call('checks.run', {
      runId: newRunId(),
      lang: lang(),
      groups: ['network'],
      dataCentre: validation.link.dataCentre,
    });
    set({
      checks: reply.ok
        ? {
            phase: 'done',
            ready: reply.value.ready,
            noneReached: noRequiredHostReached(reply.value.checks),
            problem: null,
          }
        : { phase: 'failed', ready: null, problem: reply.problem },
    });
  },

  async listWindows() {
    set({ isListing: true });
    const reply = await getApiClient().call('privacy.windows', { lang: lang() });
    set({
      isListing: false,
      windows: reply.ok
        ? reply.value
        : { supported: false, windows: [], message: reply.problem.message },
    });
  },

  async minimise() {
    const reply = await getApiClient().call('privacy.minimise', { lang: lang() });
    set({ minimiseMessage: reply.ok ? reply.value.message : reply.problem.message });
    await get().listWindows();
  },

  setConfirmed(confirmed) {
    set({ confirmed });
  },

  async loadIme() {
    const reply = await getApiClient().call('ime.status', { lang: lang() });
    set(reply.ok ? { ime: reply.value, imeProblem: null } : { imeProblem: reply.problem });
  },

  async enableIme() {
    const reply = await getApiClient().call('ime.enable', { consent: true, lang: lang() });
    set(reply.ok ? { ime: reply.value, imeProblem: null } : { imeProblem: reply.problem });
  },

  async openSession() {
    const { validation, confirmed, text } = get();
    if (!validation?.ok || !confirmed) return;
    set({ open: { phase: 'running', url: null, problem: null } });
    const reply = await getApiClient().call('session.open', {
      text,
      privacyConfirmed: true,
      lang: lang(),
    });
    set({
      open: reply.ok
        ? { phase: 'done', url: reply.value.url, problem: null }
        : { phase: 'failed', url: null, problem: reply.problem },
    });
  },
}));

/** Whether every required vendor host (one or more) has a failed check: not "some", all of them. */
export function noRequiredHostReached(checks: readonly CheckResult[]): boolean {
  if (connectivityFailure(checks)) return true;
  const required = checks.filter(
    (c) => c.target && c.required !== false && c.kind !== 'proxy' && c.kind !== 'connectivity',
  );
  const hosts = new Set(required.map((c) => c.target?.host));
  const failed = new Set(required.filter((c) => c.status === 'fail').map((c) => c.target?.host));
  return hosts.size > 0 && [...hosts].every((h) => failed.has(h));
}
