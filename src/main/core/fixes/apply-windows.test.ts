import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges } from './apply';
import { readJournal, recordChange, type JournalEntry } from '../journal/journal';
import type { PlannedChange } from './planned-change';
import { powerShellArgv } from '../os/powershell';
import { commandOf, runCommand } from '../os/run-command';
import { undoEverything } from './undo';
import type { UndoRecord } from '../journal/undo-record';
import { firewallRuleName } from './plan-windows';
import { undoCommandsOf } from './undo-commands';
import { playElevated, UAC_DECLINED } from '../../../../test/fixtures/os/elevated-batch-player';
import { exited } from '../../../../test/fixtures/os/fake-runner';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-apply-win-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// The records the Windows changes journal: undo rebuilds its script from them (issue 14).
const recordOf = (id: string): UndoRecord =>
  id === 'windows-defender'
    ? { kind: 'windows-defender' }
    : { kind: 'windows-firewall', rules: [firewallRuleName(id)] };
const change = (id: string): PlannedChange => {
  const undo = undoCommandsOf(recordOf(id), 'C:\\data').commands;
  return {
    id,
    title: `Change ${id}`,
    description: '',
    commands: [powerShellArgv(`Add-Thing '${id}'`)],
    undoCommands: undo,
    needsElevation: true,
    state: 'needed',
    journalUndo: recordOf(id),
  };
};
const plan = [change('windows-firewall'), change('windows-defender')];
const ids = plan.map((c) => c.id);
const opts = (lang: 'en' | 'ja' = 'en') => ({
  dataDir: join(dir, 'data'),
  lang,
  now: () => new Date('2026-11-25T10:00:00Z'),
});
const win = { platform: 'win32' as const, isPrivileged: false };
const states = async () => (await readJournal(opts().dataDir)).map((e) => [e.id, e.state]);
const ok = { error: null, undone: null };

describe('applyChanges on Windows: one UAC prompt for every change', () => {
  it('journals every change `applying` before the one elevated process, then `applied`; the outcome file is gone', async () => {
    let during: string[][] = [];
    const { run, calls } = playElevated(async (got) => {
      expect(got).toEqual(ids);
      during = await states();
      return { lines: { 'windows-firewall': ok, 'windows-defender': ok } };
    });
    const outcomes = await applyChanges(plan, ids, opts(), { ...win, runner: run });
    expect(calls).toHaveLength(1);
    expect(during).toEqual([
      ['windows-firewall', 'applying'],
      ['windows-defender', 'applying'],
    ]);
    expect(outcomes).toEqual([
      { id: 'windows-firewall', ok: true, message: 'Applied: Change windows-firewall.' },
      { id: 'windows-defender', ok: true, message: 'Applied: Change windows-defender.' },
    ]);
    expect(await states()).toEqual([
      ['windows-firewall', 'applied'],
      ['windows-defender', 'applied'],
    ]);
    expect(await readdir(opts().dataDir)).toEqual(['journal.json']);
  });

  it('reports one failure on its own: rolled back inside the run → removed; the other still applied', async () => {
    const { run } = playElevated(() => ({
      lines: {
        'windows-firewall': { error: 'Access is denied.', undone: true },
        'windows-defender': ok,
      },
    }));
    const outcomes = await applyChanges(plan, ids, opts(), { ...win, runner: run });
    expect(outcomes).toEqual([
      {
        id: 'windows-firewall',
        ok: false,
        message:
          'Could not apply Change windows-firewall: Access is denied.. What was done of it has been undone.',
      },
      { id: 'windows-defender', ok: true, message: 'Applied: Change windows-defender.' },
    ]);
    expect(await states()).toEqual([['windows-defender', 'applied']]);
  });

  it('keeps a failed change whose rollback failed too as `applying`, so undo can revert it', async () => {
    const { run } = playElevated(() => ({
      lines: {
        'windows-firewall': ok,
        'windows-defender': { error: 'Tamper Protection', undone: false },
      },
    }));
    const outcomes = await applyChanges(plan, ids, opts(), { ...win, runner: run });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false]);
    expect(outcomes[1]?.message).toBe(
      'Could not apply Change windows-defender: Tamper Protection. It could not be undone automatically either; “Undo everything” will try again.',
    );
    expect(await states()).toEqual([
      ['windows-firewall', 'applied'],
      ['windows-defender', 'applying'],
    ]);
  });

  it('declined prompt: every change says so, in Japanese too, and the journal is left empty', async () => {
    const { run, calls } = playElevated(() => ({ lines: {}, result: UAC_DECLINED }));
    const outcomes = await applyChanges(plan, ids, opts('ja'), { ...win, runner: run });
    expect(calls).toHaveLength(1);
    expect(outcomes).toEqual([
      {
        id: 'windows-firewall',
        ok: false,
        message:
          'Change windows-firewall は適用されていません。変更の許可を求める画面で許可されなかったため、何も変更していません。',
      },
      {
        id: 'windows-defender',
        ok: false,
        message:
          'Change windows-defender は適用されていません。変更の許可を求める画面で許可されなかったため、何も変更していません。',
      },
    ]);
    expect(await readJournal(opts().dataDir)).toEqual([]);
  });

  it('a prompt declined on a Japanese Windows (Start-Process answers in CP932) is a refusal too', async () => {
    // "この操作はユーザーによって取り消されました。" as a Japanese console writes it; a real process
    // writes it to stderr and the one runner decodes it in the console's code page.
    const cp932 =
      '82b182cc91808dec82cd8386815b8355815b82c982e682c182c48ee682e88fc182b382ea82dc82b582bd81420d0a';
    const { run } = playElevated(async () => {
      const said = await runCommand(
        commandOf([
          process.execPath,
          '-e',
          `process.stderr.write(Buffer.from('${cp932}', 'hex')); process.exitCode = 1`,
        ]),
        { legacyCodePage: 932 },
      );
      return { lines: {}, result: said };
    });
    const outcomes = await applyChanges(plan, ids, opts('en'), { ...win, runner: run });
    expect(outcomes.map((o) => o.message)).toEqual([
      'Not applied: Change windows-firewall. The permission prompt was declined, so nothing was changed.',
      'Not applied: Change windows-defender. The permission prompt was declined, so nothing was changed.',
    ]);
    expect(await readJournal(opts().dataDir)).toEqual([]);
  });

  it('a run killed after the first change: the first is applied, the second stays `applying`; undo reverts both with one prompt', async () => {
    const { run } = playElevated(() => ({
      lines: { 'windows-firewall': ok },
      result: exited(null),
    }));
    const outcomes = await applyChanges(plan, ids, opts(), { ...win, runner: run });
    expect(outcomes[1]).toEqual({
      id: 'windows-defender',
      ok: false,
      message:
        'Could not confirm whether Change windows-defender was applied (the process was stopped). It stays recorded, so “Undo everything” can revert whatever was done.',
    });
    expect(await states()).toEqual([
      ['windows-firewall', 'applied'],
      ['windows-defender', 'applying'],
    ]);
    const undo = playElevated((got) => {
      expect(got).toEqual(['windows-defender', 'windows-firewall']);
      return {
        lines: { 'windows-firewall': ok, 'windows-defender': { error: 'not found', undone: null } },
      };
    });
    expect(await undoEverything(opts(), { ...win, runner: undo.run })).toEqual([
      { id: 'windows-firewall', ok: true, message: 'Undone: Change windows-firewall.' },
      {
        id: 'windows-defender',
        ok: true,
        message:
          'Undone: Change windows-defender (it had been interrupted before it was made, so there was little or nothing to revert).',
      },
    ]);
    expect(undo.calls).toHaveLength(1);
    expect(await readJournal(opts().dataDir)).toEqual([]);
  });

  it('believes a refusal only when nothing was written: what did run keeps its own outcome', async () => {
    const { run } = playElevated(() => ({
      lines: { 'windows-firewall': ok },
      result: UAC_DECLINED,
    }));
    const outcomes = await applyChanges(plan, ids, opts(), { ...win, runner: run });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false]);
    expect(outcomes[1]?.message).toMatch(
      /^Could not confirm whether Change windows-defender was applied \(Start-Process : /,
    );
    expect(await states()).toEqual([
      ['windows-firewall', 'applied'],
      ['windows-defender', 'applying'],
    ]);
  });

  it('runs a change that needs no elevation on its own, outside the prompt', async () => {
    const local: PlannedChange = {
      ...change('local'),
      needsElevation: false,
      commands: [[process.execPath, '-e', '0']],
    };
    const { run, calls } = playElevated(() => ({ lines: { 'windows-firewall': ok } }), runCommand);
    expect(
      (
        await applyChanges([...plan, local], ['local', 'windows-firewall'], opts(), {
          ...win,
          runner: run,
        })
      ).map((o) => [o.id, o.ok]),
    ).toEqual([
      ['local', true],
      ['windows-firewall', true],
    ]);
    expect(calls).toHaveLength(1);
    expect(await states()).toEqual([
      ['local', 'applied'],
      ['windows-firewall', 'applied'],
    ]);
  });
});

describe('undoEverything on Windows', () => {
  const entry = (id: string, state: JournalEntry['state'] = 'applied'): JournalEntry => ({
    id,
    title: `Change ${id}`,
    appliedAt: '2026-11-25T10:00:00.000Z',
    platform: 'win32',
    state,
    area: 'fixes',
    undo: recordOf(id),
  });
  const seed = async (entries: JournalEntry[]) => {
    for (const e of entries) await recordChange(opts().dataDir, e);
  };

  it('declined prompt: nothing is undone, every entry stays and says why', async () => {
    await seed([entry('a'), entry('b')]);
    const { run, calls } = playElevated(() => ({ lines: {}, result: UAC_DECLINED }));
    const outcomes = await undoEverything(opts(), { ...win, runner: run });
    expect(calls).toHaveLength(1);
    expect(outcomes.map((o) => o.message)).toEqual([
      'Not undone: Change a. The permission prompt was declined, so it is still in place; “Undo everything” will ask again.',
      'Not undone: Change b. The permission prompt was declined, so it is still in place; “Undo everything” will ask again.',
    ]);
    expect(await states()).toEqual([
      ['a', 'applied'],
      ['b', 'applied'],
    ]);
  });

  it('one undo fails: that entry stays, the other is removed', async () => {
    await seed([entry('a'), entry('b')]);
    const { run } = playElevated(() => ({
      lines: { a: { error: 'rule is locked', undone: null }, b: ok },
    }));
    const outcomes = await undoEverything(opts(), { ...win, runner: run });
    expect(outcomes[0]).toEqual({
      id: 'a',
      ok: false,
      message:
        'Could not undo Change a: rule is locked. Try again; if it keeps failing, send this message to your IT department.',
    });
    expect(await states()).toEqual([['a', 'applied']]);
  });
});
