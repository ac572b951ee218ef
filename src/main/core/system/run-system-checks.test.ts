import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import { checkResultSchema, type CheckResult } from '../../../shared/check-result';
import { parseOsRelease } from './linux-release';
import { runSystemChecks } from './run-system-checks';

const env = { PATH: process.env.PATH, HOME: process.env.HOME };

describe('runSystemChecks on this machine', () => {
  it('gives a true result per check, announcing each before it finishes', async () => {
    const events: string[] = [];
    const { results, facts } = await runSystemChecks({
      catalog: builtInCatalog(),
      lang: 'en',
      env,
      onStarted: (id) => events.push(`started ${id}`),
      onFinished: (r) => events.push(`finished ${r.id}`),
    });
    for (const r of results) expect(checkResultSchema.parse(r)).toEqual(r);
    const byId = new Map(results.map((r) => [r.id, r]));
    expect([...byId.keys()].sort()).toEqual(['agent', 'browser:chrome', 'disk', 'display', 'os']);
    const os = parseOsRelease(readFileSync('/etc/os-release', 'utf8'));
    expect(byId.get('os')).toMatchObject({
      kind: 'os',
      status: 'pass',
      verdict: 'ok',
      message: expect.stringContaining(os.PRETTY_NAME ?? '?'),
    });
    expect(byId.get('browser:chrome')).toMatchObject({
      kind: 'browser',
      status: 'pass',
      detail: { name: 'Chromium' },
    });
    // No DISPLAY here: no screen is a truthful warn, never a pass.
    expect(byId.get('display')).toMatchObject({
      kind: 'display',
      status: 'warn',
      verdict: 'display_none',
    });
    expect(byId.get('disk')).toMatchObject({ kind: 'disk', status: 'pass' });
    for (const r of results) {
      expect(events.indexOf(`started ${r.id}`)).toBeGreaterThanOrEqual(0);
      expect(events.indexOf(`started ${r.id}`)).toBeLessThan(events.indexOf(`finished ${r.id}`));
    }
    expect(facts).toMatchObject({
      platform: 'linux',
      os: { family: os.ID === 'linuxmint' ? 'mint' : os.ID, version: os.VERSION_ID },
      proxy: [],
    });
  });

  it('finishes every check as cancelled when aborted', async () => {
    const ac = new AbortController();
    const finished: CheckResult[] = [];
    const run = runSystemChecks({
      catalog: builtInCatalog(),
      lang: 'ja',
      env,
      signal: ac.signal,
      onFinished: (r) => finished.push(r),
    });
    ac.abort();
    const { results } = await run;
    expect(results.length).toBeGreaterThanOrEqual(5);
    for (const r of results)
      expect(r).toMatchObject({
        status: 'skipped',
        verdict: 'cancelled',
        message: 'このチェックは完了前に中止されました。',
      });
    expect(finished).toEqual(results);
  });

  it('words every result in Japanese too', async () => {
    const { results } = await runSystemChecks({ catalog: builtInCatalog(), lang: 'ja', env });
    for (const r of results) expect(r.message).toMatch(/[ぁ-んァ-ン]/);
  });
});
