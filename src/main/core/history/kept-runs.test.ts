import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRunSchema, type CheckResult, type CheckRun } from '../../../shared/check-result';
import { check } from '../../../../test/report/sample-runs';
import { LAST_RUN_FILE, RunHistory } from '../handlers/run-history';
import { compareWithKept, keepRun, RUNS_FOLDER, RUNS_KEPT, scopeOf } from './kept-runs';

const run = (startedAt: string, status: CheckResult['status'], verdict: CheckResult['verdict']) =>
  checkRunSchema.parse({
    schemaVersion: 1,
    tool: { name: 'session-prep', version: '0.1.0' },
    startedAt,
    durationMs: 1000,
    ready: status !== 'fail',
    system: {},
    catalog: { id: 'lab', name: 'Lab', version: '1' },
    checks: [
      check({
        id: 'tcp:a.example:443',
        kind: 'tcp',
        target: { host: 'a.example', port: 443 },
        status,
        verdict,
      }),
    ],
  }) satisfies CheckRun;

const network = scopeOf({ groups: ['network'] });

describe('the runs kept in the data folder', () => {
  it('compares a run with the earlier one of the same scope and keeps both', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'runs-'));
    const first = run('2026-12-02T05:02:00.000Z', 'fail', 'tcp_timeout');
    expect(await compareWithKept(dataDir, 'r1', network, first)).toBeUndefined();
    expect(await keepRun(dataDir, 'r1', network, first)).toBe(true);
    const second = run('2026-12-02T05:10:00.000Z', 'pass', 'ok');
    // Another scope (the whole check, or other hosts) asked another question: nothing to compare with.
    expect(await compareWithKept(dataDir, 'r2', scopeOf({}), second)).toBeUndefined();
    expect(
      await compareWithKept(
        dataDir,
        'r2',
        scopeOf({ groups: ['network'], hosts: ['a.example'] }),
        second,
      ),
    ).toBeUndefined();
    const comparison = await compareWithKept(dataDir, 'r2', network, second);
    expect(comparison?.since).toBe('2026-12-02T05:02:00.000Z');
    expect(comparison?.fixed.map((c) => c.host)).toEqual(['a.example']);
    // The same groups in another order are the same scope.
    expect(
      (await compareWithKept(dataDir, 'r2', scopeOf({ groups: ['network', 'network'] }), second))
        ?.fixed,
    ).toHaveLength(1);
  });

  it('passes over a corrupt, foreign or schema-less file and leaves files not ours alone', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'runs-'));
    const folder = join(dataDir, RUNS_FOLDER);
    await keepRun(dataDir, 'r1', network, run('2026-12-02T05:00:00.000Z', 'fail', 'tcp_timeout'));
    // Newer names than the good one, so they are read first.
    await writeFile(join(folder, 'run-20261202T060000000Z-broken.json'), '{"keptRunVersion":1,');
    await writeFile(join(folder, 'run-20261202T060100000Z-foreign.json'), '{"hello":"world"}\n');
    await writeFile(join(folder, 'notes.txt'), 'mine');
    const comparison = await compareWithKept(
      dataDir,
      'r2',
      network,
      run('2026-12-02T07:00:00.000Z', 'pass', 'ok'),
    );
    expect(comparison?.since).toBe('2026-12-02T05:00:00.000Z');
    expect(comparison?.fixed).toHaveLength(1);
    expect((await readdir(folder)).sort()).toContain('notes.txt');
  });

  it(`keeps the newest ${RUNS_KEPT} runs, never a cancelled one`, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'runs-'));
    const folder = join(dataDir, RUNS_FOLDER);
    await writeFile(join(dataDir, 'keep.txt'), 'x');
    for (let i = 0; i < RUNS_KEPT + 3; i++)
      await keepRun(
        dataDir,
        `r${i}`,
        network,
        run(`2026-12-02T05:${String(i).padStart(2, '0')}:00.000Z`, 'pass', 'ok'),
      );
    expect(
      await keepRun(dataDir, 'cancelled', network, {
        ...run('2026-12-02T06:00:00.000Z', 'pass', 'ok'),
        cancelled: true,
      }),
    ).toBe(false);
    const names = (await readdir(folder)).sort();
    expect(names).toHaveLength(RUNS_KEPT);
    expect(names[0]).toBe('run-20261202T050300000Z-r3.json');
    expect(names.at(-1)).toBe('run-20261202T051200000Z-r12.json');
    const kept: unknown = JSON.parse(await readFile(join(folder, names.at(-1) ?? ''), 'utf8'));
    expect(kept).toMatchObject({ keptRunVersion: 1, runId: 'r12', scope: network });
  });

  it('is best effort where the data folder cannot be written or read', async () => {
    const base = await mkdtemp(join(tmpdir(), 'runs-'));
    // A file where the folder should be: no mkdir, no read, even as root.
    const notAFolder = join(base, 'file');
    await writeFile(notAFolder, 'x');
    const r = run('2026-12-02T05:00:00.000Z', 'pass', 'ok');
    expect(await keepRun(notAFolder, 'r1', network, r)).toBe(false);
    expect(await compareWithKept(notAFolder, 'r1', network, r)).toBeUndefined();
    const history = new RunHistory({ keepsRuns: true });
    expect(await history.compareAndKeep('r1', network, r, notAFolder)).toEqual(r);
  });

  it('still leaves last-run.json for the allow-list, and adds the comparison to the recorded run', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'runs-'));
    const history = new RunHistory({ keepsRuns: true });
    const first = await history.compareAndKeep(
      'r1',
      network,
      run('2026-12-02T05:00:00.000Z', 'fail', 'tcp_timeout'),
      dataDir,
    );
    expect(first.comparison).toBeUndefined();
    const second = await history.compareAndKeep(
      'r2',
      network,
      run('2026-12-02T05:05:00.000Z', 'pass', 'ok'),
      dataDir,
    );
    history.record('r2', second);
    expect(second.comparison?.fixed.map((c) => c.id)).toEqual(['tcp:a.example:443']);
    expect(await history.keep('r2', dataDir)).toBe(true);
    const last = checkRunSchema.parse(
      JSON.parse(await readFile(join(dataDir, LAST_RUN_FILE), 'utf8')),
    );
    expect(last.comparison?.fixed).toHaveLength(1);
    expect(await new RunHistory().lastOrKept(dataDir)).toEqual(last);
    // A history that keeps no runs (a fix's re-check) neither compares nor keeps.
    const quiet = new RunHistory();
    const third = run('2026-12-02T05:09:00.000Z', 'pass', 'ok');
    expect(await quiet.compareAndKeep('r3', network, third, dataDir)).toEqual(third);
    expect(await readdir(join(dataDir, RUNS_FOLDER))).toHaveLength(2);
  });
});
