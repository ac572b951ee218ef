import { describe, expect, it } from 'vitest';
import { checkRunSchema, type CheckRun, type CheckResult } from '../../shared/check-result';
import { finishSummary } from './finish-summary';

const check = (id: string, status: CheckResult['status'], verdict: CheckResult['verdict']) => ({
  id,
  kind: id.split(':')[0],
  status,
  verdict,
  durationMs: 3,
  message: id,
});

const run = (checks: unknown[], extra: Partial<CheckRun> = {}): CheckRun =>
  checkRunSchema.parse({
    schemaVersion: 1,
    tool: { name: 'session-prep', version: '0.1.0' },
    startedAt: '2026-11-25T09:00:00.000Z',
    durationMs: 10,
    ready: true,
    system: {},
    checks,
    ...extra,
  });

describe('finish summary', () => {
  const system = run([check('os', 'pass', 'ok'), check('disk', 'warn', 'disk_low')]);

  it('is ready when the full run completed without a required failure', () => {
    const network = run([check('os', 'pass', 'ok'), check('tls:h:443', 'pass', 'ok')]);
    const summary = finishSummary(system, network);
    expect(summary.state).toBe('ready');
    expect(summary.counts).toEqual({ pass: 2, warn: 1, fail: 0, skipped: 0 });
    expect(summary.checks.map((c) => c.id)).toEqual(['os', 'disk', 'tls:h:443']);
  });

  it('is not ready on a failure in either run, even before the network run', () => {
    const failing = run([check('os', 'fail', 'os_unsupported')]);
    expect(finishSummary(failing, null).state).toBe('notReady');
    expect(finishSummary(system, run([check('tcp:h:443', 'fail', 'tcp_timeout')])).state).toBe(
      'notReady',
    );
  });

  it('does not claim ready when the network checks never ran or were cancelled', () => {
    expect(finishSummary(system, null).state).toBe('notChecked');
    expect(finishSummary(system, run([], { cancelled: true })).state).toBe('notChecked');
  });
});
