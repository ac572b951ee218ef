import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkEventSchema, type CheckEvent } from '../../../shared/events';
import { IdleProgress } from './idle-progress';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('IdleProgress', () => {
  it('one event a second per run, for the hold with the most seconds left, valid by the contract', () => {
    const events: CheckEvent[] = [];
    const progress = new IdleProgress(
      'run-1',
      (e) => events.push(e),
      () => Date.now(),
    );
    const endA = progress.start('idle:a.test:443', 5);
    vi.advanceTimersByTime(2000);
    // A second hold starts later: it ends last, so it is the one reported from now on.
    const endB = progress.start('idle:b.test:443', 5);
    vi.advanceTimersByTime(3000);
    endA();
    vi.advanceTimersByTime(2000);
    endB();
    vi.advanceTimersByTime(3000);
    const shown = events.map((e) => (e.type === 'idle.progress' ? [e.checkId, e.heldSeconds] : []));
    expect(shown).toEqual([
      ['idle:a.test:443', 1],
      ['idle:a.test:443', 2],
      ['idle:b.test:443', 1],
      ['idle:b.test:443', 2],
      ['idle:b.test:443', 3],
      ['idle:b.test:443', 4],
      ['idle:b.test:443', 5],
    ]);
    for (const e of events) expect(checkEventSchema.parse(e)).toEqual(e);
    expect(events[0]).toEqual({
      type: 'idle.progress',
      runId: 'run-1',
      checkId: 'idle:a.test:443',
      heldSeconds: 1,
      ofSeconds: 5,
    });
  });

  it('stops ticking when no hold is left', () => {
    const events: CheckEvent[] = [];
    const progress = new IdleProgress(
      'run-2',
      (e) => events.push(e),
      () => Date.now(),
    );
    progress.start('idle:a.test:443', 30)();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
