import { create } from 'zustand';
import type { CheckRun } from '../../shared/check-result';
import type { CheckEvent } from '../../shared/events';
import type { Problem } from '../../shared/reply';
import type { ScopeState } from '../../shared/wizard-state';
import type { CheckGroup } from '../../shared/verdicts';
import { applyCheckEvent, type LiveCheck } from '../model/check-progress';
import { newRunId } from '../model/run-id';
import { getApiClient } from '../api/get-api-client';
import { useAppStore } from './use-app-store';
import { withBrowserChecks } from '../chromium/with-browser-checks';

/** The Requirements step runs the system checks; the Network step runs everything, so its run is the whole report. */
export type CheckScope = 'system' | 'network';

const groupsOf: Record<CheckScope, CheckGroup[]> = {
  system: ['system'],
  network: ['system', 'network', 'bandwidth'],
};

export interface ScopeRun {
  runId: string | null;
  phase: 'idle' | 'running' | 'done' | 'failed';
  live: readonly LiveCheck[];
  /** How many network and bandwidth checks the run announced (`run.planned`); null before it says. */
  expected: number | null;
  run: CheckRun | null;
  problem: Problem | null;
  isCancelling: boolean;
  /** Added (issue 17): the deep check's silence when this run holds connections idle. */
  idleSeconds?: number;
  /** Added (issue 17): the seconds held so far (`idle.progress`), while the deep check runs. */
  idleHeld?: { heldSeconds: number; ofSeconds: number };
}

interface ChecksState {
  system: ScopeRun;
  network: ScopeRun;
  /** `idleSeconds` (issue 17): the deep check, each connection also held silent this long. */
  start(scope: CheckScope, options?: { idleSeconds?: number }): Promise<void>;
  /** Starts the scope's checks unless they ran or are running already. */
  ensureStarted(scope: CheckScope): void;
  cancel(scope: CheckScope): Promise<void>;
  /** Takes over a run core already has (after a reload): shown if it finished, followed if it runs. */
  adopt(scope: CheckScope, state: ScopeState): Promise<void>;
}

const idle: ScopeRun = {
  runId: null,
  phase: 'idle',
  live: [],
  expected: null,
  run: null,
  problem: null,
  isCancelling: false,
};
const scopes: readonly CheckScope[] = ['system', 'network'];

export const useChecksStore = create<ChecksState>()((set, get) => {
  let unsubscribe: (() => void) | null = null;

  const patch = (scope: CheckScope, runId: string, change: Partial<ScopeRun>) => {
    // A reply or event of a run that was replaced (re-check) must not touch the new one.
    if (get()[scope].runId !== runId) return;
    set({ [scope]: { ...get()[scope], ...change } });
  };

  const onEvent = (event: CheckEvent) => {
    for (const scope of scopes) {
      const current = get()[scope];
      if (current.runId !== event.runId) continue;
      if (event.type === 'run.planned') patch(scope, event.runId, { expected: event.expected });
      else if (event.type === 'idle.progress')
        patch(scope, event.runId, {
          idleHeld: { heldSeconds: event.heldSeconds, ofSeconds: event.ofSeconds },
        });
      else patch(scope, event.runId, { live: applyCheckEvent(current.live, event, event.runId) });
    }
  };

  return {
    system: idle,
    network: idle,
    async start(scope, options = {}) {
      unsubscribe ??= getApiClient().on('checks.progressed', onEvent);
      const runId = newRunId();
      const { idleSeconds } = options;
      set({
        [scope]: { ...idle, runId, phase: 'running', ...(idleSeconds ? { idleSeconds } : {}) },
      });
      const reply = await getApiClient().call('checks.run', {
        runId,
        lang: useAppStore.getState().lang,
        groups: groupsOf[scope],
        ...(idleSeconds ? { idleSeconds } : {}),
      });
      if (!reply.ok)
        return patch(scope, runId, {
          phase: 'failed',
          problem: reply.problem,
          isCancelling: false,
        });
      // Browser mode (issue 17): this browser probes the same hosts, and the run gains its checks.
      const { info, lang } = useAppStore.getState();
      const run =
        info?.mode === 'web'
          ? await withBrowserChecks(getApiClient(), runId, reply.value, lang)
          : reply.value;
      patch(scope, runId, { phase: 'done', run, isCancelling: false });
    },
    ensureStarted(scope) {
      if (get()[scope].phase === 'idle') void get().start(scope);
    },
    async adopt(scope, state) {
      unsubscribe ??= getApiClient().on('checks.progressed', onEvent);
      const { runId } = state;
      if (!state.isRunning && state.run) {
        // The per-host list is rebuilt from the results, as if their events had just arrived.
        const live = state.run.checks.reduce<readonly LiveCheck[]>(
          (list, result) => applyCheckEvent(list, { type: 'check.finished', runId, result }, runId),
          [],
        );
        set({ [scope]: { ...idle, runId, phase: 'done', live, run: state.run } });
        return;
      }
      set({ [scope]: { ...idle, runId, phase: 'running' } });
      // Core replays the run's events so far, then sends the rest, and answers with the run: nothing re-runs.
      const reply = await getApiClient().call('checks.follow', { runId });
      if (reply.ok) patch(scope, runId, { phase: 'done', run: reply.value, isCancelling: false });
      else patch(scope, runId, { phase: 'failed', problem: reply.problem, isCancelling: false });
    },
    async cancel(scope) {
      const { runId, phase } = get()[scope];
      if (!runId || phase !== 'running') return;
      patch(scope, runId, { isCancelling: true });
      const reply = await getApiClient().call('checks.cancel', { runId });
      // The run's own reply ends the run; a refused cancel only un-greys the button.
      if (!reply.ok || !reply.value.cancelled) patch(scope, runId, { isCancelling: false });
    },
  };
});
