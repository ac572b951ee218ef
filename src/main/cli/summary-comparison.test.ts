import { describe, expect, it } from 'vitest';
import { readyRun } from '../../../test/report/sample-runs';
import type { RunComparison } from '../../shared/run-comparison';
import { formatSummary } from './summary';

const comparison = (): RunComparison => ({
  since: new Date().toISOString(),
  fixed: [
    {
      id: 'tcp:assist.zoho.com:443',
      host: 'assist.zoho.com',
      before: { status: 'fail', verdict: 'tcp_timeout' },
      now: { status: 'pass', verdict: 'ok' },
    },
  ],
  stillFailing: [],
  newlyFailing: [],
  notRechecked: [],
});

describe('the summary after an earlier run', () => {
  it('says what changed in one line just above the verdict, the fixed host named (en)', () => {
    const lines = formatSummary({ ...readyRun(), comparison: comparison() }, 'en', false).split(
      '\n',
    );
    const verdict = lines.findLastIndex((l) => l.startsWith('✔'));
    expect(lines[verdict - 2]).toMatch(
      /^Since the last check \(\d\d:\d\d\): 1 fixed, 0 still failing, 0 new\. Fixed: assist\.zoho\.com\.$/,
    );
    expect(lines[verdict - 1]).toBe('');
  });

  it('says it in Japanese, and says nothing without an earlier run', () => {
    const ja = formatSummary({ ...readyRun(), comparison: comparison() }, 'ja', false);
    expect(ja).toMatch(
      /前回の確認（\d\d:\d\d）と比べて、解決 1 件、未解決 0 件、新しい問題 0 件です。解決した項目: assist\.zoho\.com\n/,
    );
    expect(formatSummary(readyRun(), 'en', false)).not.toContain('Since the last check');
  });
});
