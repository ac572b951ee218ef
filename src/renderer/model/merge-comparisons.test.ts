import { describe, expect, it } from 'vitest';
import type { ComparedCheck, RunComparison } from '../../shared/run-comparison';
import { comparisonOf, mergeComparisons } from './merge-comparisons';

const entry = (id: string, before: 'fail' | 'pass', now: 'fail' | 'pass'): ComparedCheck => ({
  id,
  before: { status: before, verdict: before === 'fail' ? 'display_none' : 'ok' },
  now: { status: now, verdict: now === 'fail' ? 'display_none' : 'ok' },
});
const empty = (since: string): RunComparison => ({
  since,
  fixed: [],
  stillFailing: [],
  newlyFailing: [],
  notRechecked: [],
});

describe('the wizard’s comparisons', () => {
  it('keeps only a step’s own checks', () => {
    const c = {
      ...empty('2026-12-02T05:00:00.000Z'),
      fixed: [entry('tcp:a:443', 'fail', 'pass')],
      stillFailing: [entry('display', 'fail', 'fail')],
    };
    expect(comparisonOf(c, new Set(['tcp:a:443']))).toEqual({
      ...c,
      stillFailing: [],
    });
    expect(comparisonOf(undefined, new Set())).toBeNull();
  });

  it('counts a check once over both runs, the later run’s entry winning, since the older time', () => {
    const system = {
      ...empty('2026-12-02T05:00:00.000Z'),
      stillFailing: [entry('display', 'fail', 'fail')],
    };
    const network = {
      ...empty('2026-12-02T05:30:00.000Z'),
      fixed: [entry('display', 'fail', 'pass'), entry('tcp:a:443', 'fail', 'pass')],
    };
    const merged = mergeComparisons(system, network);
    expect(merged?.since).toBe('2026-12-02T05:00:00.000Z');
    expect(merged?.fixed.map((c) => c.id)).toEqual(['display', 'tcp:a:443']);
    expect(merged?.stillFailing).toEqual([]);
    expect(mergeComparisons(undefined, undefined)).toBeNull();
    expect(mergeComparisons(undefined, network)).toEqual(network);
  });
});
