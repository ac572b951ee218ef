import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../shared/check-result';
import { checkEventSchema, type CheckEvent } from '../../shared/events';
import {
  applyCheckEvent,
  runProgress,
  countStatuses,
  hostProgress,
  mergeChecks,
  worstStatus,
  type LiveCheck,
} from './check-progress';

const result = (
  id: string,
  host: string,
  status: CheckResult['status'],
  verdict: CheckResult['verdict'],
): CheckResult => ({
  id,
  kind: id.startsWith('dns') ? 'dns' : 'tcp',
  target: { host, port: 443 },
  status,
  verdict,
  durationMs: 12,
  message: `${id} ${verdict}`,
});

// Events go through the wire schema first, as they do in the store.
const fold = (events: unknown[], runId = 'r1'): readonly LiveCheck[] =>
  events
    .map((e) => checkEventSchema.parse(e) as CheckEvent)
    .reduce<readonly LiveCheck[]>((live, e) => applyCheckEvent(live, e, runId), []);

describe('live check progress', () => {
  it('shows a host as running until every started check of it has finished', () => {
    const live = fold([
      {
        type: 'check.started',
        runId: 'r1',
        id: 'dns:a.example',
        kind: 'dns',
        target: { host: 'a.example' },
      },
      {
        type: 'check.started',
        runId: 'r1',
        id: 'tcp:a.example:443',
        kind: 'tcp',
        target: { host: 'a.example', port: 443 },
      },
      {
        type: 'check.finished',
        runId: 'r1',
        result: result('dns:a.example', 'a.example', 'pass', 'ok'),
      },
    ]);
    expect(hostProgress(live)).toEqual([
      { host: 'a.example', kind: 'dns', total: 2, done: 1, ran: 1, skipped: 0, state: 'running' },
    ]);
  });

  it('rolls a finished host up to its worst status, hosts in order of appearance', () => {
    const live = fold([
      {
        type: 'check.started',
        runId: 'r1',
        id: 'dns:b.example',
        kind: 'dns',
        target: { host: 'b.example' },
      },
      {
        type: 'check.finished',
        runId: 'r1',
        result: result('dns:a.example', 'a.example', 'pass', 'ok'),
      },
      {
        type: 'check.finished',
        runId: 'r1',
        result: result('dns:b.example', 'b.example', 'pass', 'ok'),
      },
      {
        type: 'check.finished',
        runId: 'r1',
        result: result('tcp:b.example:443', 'b.example', 'fail', 'tcp_refused'),
      },
      { type: 'run.finished', runId: 'r1', ready: false, cancelled: false },
    ]);
    expect(hostProgress(live)).toEqual([
      { host: 'b.example', kind: 'dns', total: 2, done: 2, ran: 2, skipped: 0, state: 'fail' },
      { host: 'a.example', kind: 'dns', total: 1, done: 1, ran: 1, skipped: 0, state: 'pass' },
    ]);
  });

  it('gives a check without a destination (bandwidth) its own row, named by its kind', () => {
    const live = fold([
      { type: 'check.started', runId: 'r1', id: 'bandwidth', kind: 'bandwidth' },
      {
        type: 'check.started',
        runId: 'r1',
        id: 'dns:a.example',
        kind: 'dns',
        target: { host: 'a.example' },
      },
    ]);
    expect(hostProgress(live).map((h) => [h.host, h.kind, h.state])).toEqual([
      [null, 'bandwidth', 'running'],
      ['a.example', 'dns', 'running'],
    ]);
  });

  it('ignores events of another run, so a re-check never mixes with the one it replaced', () => {
    const live = fold([
      {
        type: 'check.started',
        runId: 'old',
        id: 'dns:a.example',
        kind: 'dns',
        target: { host: 'a.example' },
      },
      {
        type: 'check.finished',
        runId: 'old',
        result: result('dns:a.example', 'a.example', 'fail', 'dns_not_found'),
      },
    ]);
    expect(live).toEqual([]);
  });

  it('ranks fail over warn over skipped over pass', () => {
    expect(worstStatus(['pass', 'skipped', 'warn'])).toBe('warn');
    expect(worstStatus(['pass', 'fail', 'warn'])).toBe('fail');
    expect(worstStatus(['pass', 'skipped'])).toBe('skipped');
    expect(worstStatus([])).toBe('pass');
  });

  it('counts statuses and lets a later run replace an earlier result with the same id', () => {
    const first = [
      result('dns:a.example', 'a.example', 'fail', 'dns_timeout'),
      result('tcp:a.example:443', 'a.example', 'skipped', 'skipped'),
    ];
    const second = [result('dns:a.example', 'a.example', 'pass', 'ok')];
    const merged = mergeChecks(first, undefined, second);
    expect(merged.map((c) => [c.id, c.status])).toEqual([
      ['dns:a.example', 'pass'],
      ['tcp:a.example:443', 'skipped'],
    ]);
    expect(countStatuses(merged)).toEqual({ pass: 1, warn: 0, fail: 0, skipped: 1 });
  });
});

describe('runProgress and ran/skipped per host', () => {
  const result = (id: string, status: 'pass' | 'skipped') =>
    ({
      id,
      kind: 'tcp',
      target: { host: 'h.example', port: 443 },
      status,
      verdict: status === 'pass' ? 'ok' : 'skipped',
      durationMs: 1,
      message: '',
    }) as const;
  it('counts finished of the larger of announced and seen, and tells ran from skipped', () => {
    const live = [
      { id: 'a', kind: 'tcp', host: 'h.example', result: result('a', 'pass') },
      { id: 'b', kind: 'tcp', host: 'h.example', result: result('b', 'skipped') },
      { id: 'c', kind: 'tcp', host: 'h.example', result: null },
    ] as const;
    expect(runProgress(live, 10)).toEqual({ done: 2, total: 10 });
    expect(runProgress(live, 2)).toEqual({ done: 2, total: 3 });
    expect(runProgress(live, null)).toEqual({ done: 2, total: null });
    const [host] = hostProgress(live);
    expect(host).toMatchObject({ total: 3, done: 2, ran: 1, skipped: 1, state: 'running' });
  });
});
