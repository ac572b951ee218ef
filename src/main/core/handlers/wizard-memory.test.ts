import { describe, expect, it } from 'vitest';
import type { CheckRun } from '../../../shared/check-result';
import type { CheckEvent } from '../../../shared/events';
import { wizardStateSchema } from '../../../shared/wizard-state';
import type { CallContext } from '../context';
import { scopeOfGroups, WizardMemory } from './wizard-memory';

const run: CheckRun = {
  schemaVersion: 1,
  tool: { name: 'session-prep', version: 'test' },
  startedAt: '2026-12-02T00:00:00.000Z',
  durationMs: 1,
  ready: true,
  system: {},
  checks: [],
  lang: 'ja',
};
const planned = (runId: string, expected: number): CheckEvent => ({
  type: 'run.planned',
  runId,
  expected,
});

function listener(): CallContext & { seen: unknown[] } {
  const seen: unknown[] = [];
  return { seen, emit: (_name, payload) => void seen.push(payload) };
}

describe('what core keeps for a reloaded wizard page', () => {
  it('tells a Requirements run (system only) from a Network run (every group)', () => {
    expect(scopeOfGroups(['system'])).toBe('system');
    expect(scopeOfGroups(['system', 'network', 'bandwidth'])).toBe('network');
    expect(scopeOfGroups(undefined)).toBe('network');
  });

  it('remembers the step and the language choice, and each scope’s last run', () => {
    const m = new WizardMemory();
    expect(m.state(() => undefined)).toEqual({
      step: null,
      lang: null,
      system: null,
      network: null,
    });
    m.remember({ step: 'network' });
    m.remember({ lang: 'en' });
    m.started('a', ['system', 'network', 'bandwidth']);
    const running = m.state(() => undefined);
    expect(running).toEqual({
      step: 'network',
      lang: 'en',
      system: null,
      network: { runId: 'a', isRunning: true, run: null },
    });
    m.ended('a', run);
    const done = m.state((id) => (id === 'a' ? run : undefined));
    expect(done.network).toEqual({ runId: 'a', isRunning: false, run });
    expect(wizardStateSchema.safeParse(done).success).toBe(true);
  });

  it('a follower gets the events so far, then the later ones, then the run; nothing after', async () => {
    const m = new WizardMemory();
    m.started('a', undefined);
    m.event('a', planned('a', 3));
    const late = listener();
    const following = m.follow('a', late);
    expect(late.seen).toEqual([planned('a', 3)]);
    m.event('a', planned('a', 4));
    m.ended('a', run);
    await expect(following).resolves.toEqual(run);
    m.event('a', planned('a', 5));
    expect(late.seen).toEqual([planned('a', 3), planned('a', 4)]);
    // A finished run is not followed: the caller reads it from the history.
    expect(m.follow('a', listener())).toBeUndefined();
  });

  it('a run that failed to run ends its followers with nothing, and drops out of the state', async () => {
    const m = new WizardMemory();
    m.started('b', ['system']);
    const following = m.follow('b', listener());
    m.ended('b', undefined);
    await expect(following).resolves.toBeUndefined();
    expect(m.state(() => undefined).system).toBeNull();
  });
});
