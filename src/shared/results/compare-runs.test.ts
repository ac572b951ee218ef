import { describe, expect, it } from 'vitest';
import { checkRunSchema, type CheckResult, type CheckRun } from '../check-result';
import { check } from '../../../test/report/sample-runs';
import { compareRuns, comparedByCause, hostsOf } from './compare-runs';
import { comparisonSentences, comparisonTime } from './comparison-words';

const run = (startedAt: string, checks: CheckResult[], extra: Partial<CheckRun> = {}): CheckRun =>
  checkRunSchema.parse({
    schemaVersion: 1,
    tool: { name: 'session-prep', version: '0.1.0' },
    startedAt,
    durationMs: 1000,
    ready: !checks.some((c) => c.status === 'fail'),
    system: {},
    catalog: { id: 'zoho-assist', name: 'Zoho Assist', version: '2026.11.1' },
    dataCentre: { region: 'us', source: 'default' },
    checks,
    ...extra,
  });

const tcp = (host: string, status: CheckResult['status'], verdict: CheckResult['verdict']) =>
  check({ id: `tcp:${host}:443`, kind: 'tcp', target: { host, port: 443 }, status, verdict });

describe('compareRuns', () => {
  const earlier = run('2026-12-02T05:02:00.000Z', [
    tcp('a.example', 'fail', 'tcp_timeout'),
    tcp('b.example', 'fail', 'tcp_timeout'),
    tcp('c.example', 'fail', 'tcp_refused'),
    tcp('d.example', 'pass', 'ok'),
    tcp('e.example', 'fail', 'tcp_timeout'),
    tcp('f.example', 'warn', 'tcp_timeout'),
    check({ id: 'disk', kind: 'disk', status: 'pass', verdict: 'ok' }),
  ]);

  it('says what is fixed, what still fails (verdict changed or not), what is new and what was not re-checked', () => {
    const now = run('2026-12-02T05:10:00.000Z', [
      tcp('a.example', 'pass', 'ok'),
      tcp('b.example', 'fail', 'tcp_timeout'),
      tcp('c.example', 'fail', 'tls_untrusted'),
      tcp('d.example', 'fail', 'tcp_reset'),
      tcp('e.example', 'skipped', 'skipped'),
      tcp('f.example', 'pass', 'ok'),
      tcp('g.example', 'fail', 'tcp_timeout'),
      check({ id: 'disk', kind: 'disk', status: 'fail', verdict: 'disk_low' }),
    ]);
    const comparison = compareRuns(earlier, now);
    expect(comparison?.since).toBe('2026-12-02T05:02:00.000Z');
    expect(comparison?.fixed).toEqual([
      {
        id: 'tcp:a.example:443',
        host: 'a.example',
        before: { status: 'fail', verdict: 'tcp_timeout' },
        now: { status: 'pass', verdict: 'ok' },
      },
      {
        id: 'tcp:f.example:443',
        host: 'f.example',
        before: { status: 'warn', verdict: 'tcp_timeout' },
        now: { status: 'pass', verdict: 'ok' },
      },
    ]);
    expect(comparison?.stillFailing.map((c) => [c.id, c.before?.verdict, c.now.verdict])).toEqual([
      ['tcp:b.example:443', 'tcp_timeout', 'tcp_timeout'],
      ['tcp:c.example:443', 'tcp_refused', 'tls_untrusted'],
    ]);
    // Passed before, absent before: both new; grouped by today's cause.
    expect(comparison?.newlyFailing.map((c) => [c.id, c.before?.status ?? null])).toEqual([
      ['tcp:d.example:443', 'pass'],
      ['tcp:g.example:443', null],
      ['disk', 'pass'],
    ]);
    expect(comparison?.newlyFailing.find((c) => c.id === 'disk')?.host).toBeUndefined();
    // A check that was skipped now is not fixed: it was not looked at.
    expect(comparison?.notRechecked.map((c) => [c.id, c.now.status])).toEqual([
      ['tcp:e.example:443', 'skipped'],
    ]);
    expect(comparison?.fixed.map((c) => c.id)).not.toContain('tcp:e.example:443');
    expect(hostsOf(comparison?.fixed ?? [])).toEqual(['a.example', 'f.example']);
    expect(hostsOf(comparison?.newlyFailing ?? [])).toEqual(['d.example', 'g.example', 'disk']);
  });

  it('groups by the cause a fixed check had, and by today’s cause for the others', () => {
    const now = run('2026-12-02T05:10:00.000Z', [
      tcp('a.example', 'pass', 'ok'),
      tcp('b.example', 'pass', 'ok'),
      tcp('c.example', 'pass', 'ok'),
    ]);
    const comparison = compareRuns(earlier, now);
    expect(
      comparedByCause(comparison?.fixed ?? [], 'before').map((g) => [
        g.verdict,
        g.checks.map((c) => c.host),
      ]),
    ).toEqual([
      ['tcp_timeout', ['a.example', 'b.example']],
      ['tcp_refused', ['c.example']],
    ]);
  });

  it('compares nothing across catalogs, catalog versions or data centres, nor with a cancelled run', () => {
    const now = run('2026-12-02T05:10:00.000Z', [tcp('a.example', 'pass', 'ok')]);
    expect(compareRuns(earlier, now)).not.toBeNull();
    const other = (extra: Partial<CheckRun>) =>
      run('2026-12-02T05:10:00.000Z', [tcp('a.example', 'pass', 'ok')], extra);
    expect(compareRuns(earlier, other({ catalog: { id: 'other', name: 'Other' } }))).toBeNull();
    expect(
      compareRuns(
        earlier,
        other({ catalog: { id: 'zoho-assist', name: 'Zoho Assist', version: '2026.12.1' } }),
      ),
    ).toBeNull();
    expect(
      compareRuns(earlier, other({ dataCentre: { region: 'eu', source: 'invitation' } })),
    ).toBeNull();
    expect(compareRuns(earlier, other({ dataCentre: { region: null, source: 'all' } }))).toBeNull();
    expect(compareRuns({ ...earlier, cancelled: true }, now)).toBeNull();
  });

  it('has empty lists when nothing changed and nothing fails', () => {
    const clean = run('2026-12-02T05:00:00.000Z', [tcp('a.example', 'pass', 'ok')]);
    expect(compareRuns(clean, { ...clean, startedAt: '2026-12-02T06:00:00.000Z' })).toEqual({
      since: '2026-12-02T05:00:00.000Z',
      fixed: [],
      stillFailing: [],
      newlyFailing: [],
      notRechecked: [],
    });
  });
});

describe('comparisonSentences', () => {
  const earlier = run('2026-12-02T05:02:00.000Z', [
    tcp('a.example', 'fail', 'tcp_timeout'),
    tcp('b.example', 'fail', 'tcp_timeout'),
    tcp('c.example', 'fail', 'tcp_timeout'),
  ]);
  const now = run('2026-12-02T05:10:00.000Z', [
    tcp('a.example', 'pass', 'ok'),
    tcp('b.example', 'pass', 'ok'),
    tcp('c.example', 'fail', 'tcp_timeout'),
  ]);
  const comparison = compareRuns(earlier, now);
  const options = { now: new Date('2026-12-02T09:00:00.000Z'), timeZone: 'Asia/Tokyo' };

  it('says the counts with the earlier time, and names the fixed hosts (en, ja)', () => {
    if (!comparison) throw new Error('expected a comparison');
    expect(comparisonSentences(comparison, 'en', options)).toEqual({
      line: 'Since the last check (14:02): 2 fixed, 1 still failing, 0 new.',
      fixed: 'Fixed: a.example, b.example.',
      still: 'Still failing: c.example.',
    });
    expect(comparisonSentences(comparison, 'ja', options)).toEqual({
      line: '前回の確認（14:02）と比べて、解決 2 件、未解決 1 件、新しい問題 0 件です。',
      fixed: '解決した項目: a.example、b.example',
      still: 'まだ解決していない項目: c.example',
    });
  });

  it('adds the date when the earlier run was another day, and the zone when asked', () => {
    const later = { now: new Date('2026-12-05T09:00:00.000Z'), timeZone: 'Asia/Tokyo' };
    expect(comparisonTime('2026-12-02T05:02:00.000Z', 'en', later)).toBe('2 Dec 2026, 14:02');
    expect(comparisonTime('2026-12-02T05:02:00.000Z', 'ja', later)).toBe('2026年12月2日 14:02');
    expect(
      comparisonTime('2026-12-02T05:02:00.000Z', 'en', { ...options, withZone: true }),
    ).toMatch(/^14:02 (GMT\+9|JST)$/);
  });
});
