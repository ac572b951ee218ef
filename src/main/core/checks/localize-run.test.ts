import { describe, expect, it } from 'vitest';
import type { CheckResult, CheckRun } from '../../../shared/check-result';
import { skipReasonSchema } from '../../../shared/details';
import type { Lang } from '../../../shared/lang';
import { resources } from '../../../shared/locales';
import { localizeRun, runForFile } from '../../../shared/localize-run';
import { networkVerdicts, type CheckKind } from '../../../shared/verdicts';
import { builtInCatalog } from '../catalog/load-catalog';
import { runSystemChecks } from '../system/run-system-checks';
import { CheckRecorder } from './check-recorder';

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;
const langs: Lang[] = ['ja', 'en'];

// The values each verdict's messages name (message, fix and every variant), as a probe would pass them.
function varsOf(verdict: string): Record<string, string> {
  const entry: unknown = Reflect.get(resources.en.verdicts, verdict);
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry ?? {}).map(String);
  const names = texts.flatMap((t) => [...t.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''));
  return Object.fromEntries(names.map((n) => [n, `<${n}>`]));
}

const kindOf = (verdict: string): CheckKind =>
  verdict.startsWith('dns')
    ? 'dns'
    : verdict.startsWith('tls')
      ? 'tls'
      : verdict.startsWith('ws')
        ? 'websocket'
        : verdict.startsWith('http')
          ? 'http'
          : verdict.startsWith('proxy') || verdict === 'pac_failed'
            ? 'proxy'
            : verdict === 'offline' || verdict === 'no_dns_server'
              ? 'connectivity'
              : 'tcp';

/** Every network verdict, each skip reason and a cancel, recorded by core in one language. */
function recordedRun(lang: Lang, isBehindProxy = false): CheckRun {
  const r = new CheckRecorder({ runId: 'r', lang });
  const target = { host: 'example.test', port: 443 };
  for (const verdict of networkVerdicts) {
    const kind = kindOf(verdict);
    const base = { id: `${kind}:${verdict}`, kind, target, required: verdict !== 'tcp_reset' };
    r.finished(
      r.toResult(base, { verdict, vars: varsOf(verdict), detail: {} }, 5, { isBehindProxy }),
    );
  }
  for (const reason of skipReasonSchema.options)
    r.skip({ id: `tls:${reason}`, kind: 'tls', target, required: true }, reason, target);
  r.cancelled({ id: 'tcp:cancelled', kind: 'tcp', target, required: true });
  return {
    schemaVersion: 1,
    tool: { name: 'session-prep', version: 'test' },
    startedAt: '2026-12-02T00:00:00.000Z',
    durationMs: 5,
    ready: false,
    system: {},
    checks: r.results,
    lang,
  };
}

const wording = (c: CheckResult) => ({ id: c.id, message: c.message, fix: c.fix });

describe('localizeRun: a language switch re-words the run core already made', () => {
  it.each(langs.flatMap((from) => langs.map((to) => [from, to] as const)))(
    'every network verdict, skip and cancel run in %s reads in %s exactly as a run made in it',
    (from, to) => {
      for (const isBehindProxy of [false, true]) {
        const switched = localizeRun(recordedRun(from, isBehindProxy), to);
        const native = recordedRun(to, isBehindProxy);
        expect(switched.lang).toBe(to);
        expect(switched.checks.map(wording)).toEqual(native.checks.map(wording));
        // Verdicts, statuses and details are the run's own: only the words change.
        expect(switched.checks.map((c) => [c.verdict, c.status])).toEqual(
          native.checks.map((c) => [c.verdict, c.status]),
        );
        for (const c of switched.checks) {
          expect(c.message, c.id).not.toContain('{{');
          expect(c.fix ?? '', c.id).not.toContain('{{');
          expect(c.message, c.id).not.toBe('');
        }
      }
    },
  );

  it('changes the language of the words for real (not the same text in both)', () => {
    const en = recordedRun('en');
    const ja = localizeRun(en, 'ja');
    const dns = ja.checks.find((c) => c.verdict === 'dns_not_found');
    expect(dns?.message).toMatch(/[ぁ-んァ-ヶ一-龯]/);
    expect(en.checks.find((c) => c.verdict === 'dns_not_found')?.message).not.toMatch(
      /[ぁ-んァ-ヶ一-龯]/,
    );
    expect(dns?.fix).toMatch(/[ぁ-んァ-ヶ一-龯]/);
  });

  it('keeps a result it has no wording for (an older file) and says the run is not all in the new language', () => {
    const run = recordedRun('en');
    const { texts: _texts, ...old } = run.checks[0]!;
    const mixed = { ...run, checks: [old, ...run.checks.slice(1)] };
    const switched = localizeRun(mixed, 'ja');
    expect(switched.checks[0]?.message).toBe(old.message);
    expect(switched.lang).toBe('en');
    expect(switched.checks[1]?.message).toMatch(/[ぁ-んァ-ヶ一-龯]/);
  });

  it('a file gets one language and no texts', () => {
    const file = runForFile(recordedRun('ja'), 'en');
    expect(file.lang).toBe('en');
    expect(file.checks.every((c) => c.texts === undefined)).toBe(true);
    expect(JSON.stringify(file)).not.toMatch(/[ぁ-んァ-ヶ一-龯]/);
  });

  it('the system checks of this machine are worded in both languages when they run', async () => {
    const { results } = await runSystemChecks({ catalog: builtInCatalog(), lang: 'en' });
    expect(results.length).toBeGreaterThan(0);
    for (const c of results) {
      expect(c.texts?.en?.message, c.id).toBe(c.message);
      expect(c.texts?.ja?.message, c.id).toBeTruthy();
      expect(c.texts?.ja?.message, c.id).not.toContain('{{');
    }
    const run = localizeRun({ ...recordedRun('en'), checks: results }, 'ja');
    expect(run.lang).toBe('ja');
    // Every message that was English words (not only a raw reason) now has Japanese in it.
    const worded = run.checks.filter((c) => c.verdict !== 'not_determined');
    for (const c of worded) expect(c.message, c.id).toMatch(/[ぁ-んァ-ヶ一-龯]/);
  });
});
