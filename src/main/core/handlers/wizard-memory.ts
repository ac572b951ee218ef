import type { CheckRun } from '../../../shared/check-result';
import type { CheckEvent } from '../../../shared/events';
import type { Lang } from '../../../shared/lang';
import type { CheckGroup } from '../../../shared/verdicts';
import type { ScopeState, WizardState } from '../../../shared/wizard-state';
import type { CallContext } from '../context';

/** Which of the wizard's runs a `checks.run` is: the Network step runs every group, Requirements only system. */
export type WizardScope = 'system' | 'network';

export function scopeOfGroups(groups: readonly CheckGroup[] | undefined): WizardScope {
  return groups && groups.length > 0 && groups.every((g) => g === 'system') ? 'system' : 'network';
}

interface Running {
  scope: WizardScope;
  /** Every event so far, for a follower that arrives late (a reloaded page rebuilds its progress). */
  events: CheckEvent[];
  followers: Set<CallContext>;
  ended: Promise<CheckRun | undefined>;
  end(run: CheckRun | undefined): void;
}

/**
 * What the wizard's page needs to start where it was (issue 15), in memory, per core process: browser
 * mode's server outlives the page, so a reload asks here. The runs themselves stay in the run history.
 */
export class WizardMemory {
  private step: string | null = null;
  private lang: Lang | null = null;
  private readonly last: Record<WizardScope, string | null> = { system: null, network: null };
  private readonly running = new Map<string, Running>();

  remember(o: { step?: string; lang?: Lang }): void {
    if (o.step !== undefined) this.step = o.step;
    if (o.lang !== undefined) this.lang = o.lang;
  }

  /** A run began: it becomes its scope's last run, and its events are kept for followers. */
  started(runId: string, groups: readonly CheckGroup[] | undefined): void {
    const scope = scopeOfGroups(groups);
    this.last[scope] = runId;
    let end: (run: CheckRun | undefined) => void = () => undefined;
    const ended = new Promise<CheckRun | undefined>((resolve) => (end = resolve));
    this.running.set(runId, { scope, events: [], followers: new Set(), ended, end });
  }

  event(runId: string, e: CheckEvent): void {
    const r = this.running.get(runId);
    if (!r) return;
    r.events.push(e);
    for (const f of r.followers) f.emit('checks.progressed', e);
  }

  /** The run ended (its result, or undefined when it failed to run at all). */
  ended(runId: string, run: CheckRun | undefined): void {
    const r = this.running.get(runId);
    if (!r) return;
    this.running.delete(runId);
    r.end(run);
  }

  /**
   * Sends `call` the run's events so far and every later one; answers the run once it ends, or
   * undefined for a run that is not going (finished already, or unknown).
   */
  follow(runId: string, call: CallContext): Promise<CheckRun | undefined> | undefined {
    const r = this.running.get(runId);
    if (!r) return undefined;
    for (const e of r.events) call.emit('checks.progressed', e);
    r.followers.add(call);
    return r.ended.finally(() => r.followers.delete(call));
  }

  state(runOf: (runId: string) => CheckRun | undefined): WizardState {
    const scopeState = (scope: WizardScope): ScopeState | null => {
      const runId = this.last[scope];
      if (runId === null) return null;
      if (this.running.has(runId)) return { runId, isRunning: true, run: null };
      const run = runOf(runId);
      return run ? { runId, isRunning: false, run } : null;
    };
    return {
      step: this.step,
      lang: this.lang,
      system: scopeState('system'),
      network: scopeState('network'),
    };
  }
}
