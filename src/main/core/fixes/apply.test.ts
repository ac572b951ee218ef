import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { writeFakeProgram } from '../../../../test/fixtures/os/fake-program';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges } from './apply';
import { exited, fakeRunner } from '../../../../test/fixtures/os/fake-runner';
import { runCommand, type CommandRunner } from '../os/run-command';
import { readJournal } from '../journal/journal';
import type { PlannedChange } from './planned-change';

let dir: string;
let log: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-apply-'));
  log = join(dir, 'log.txt');
  await mkdir(join(dir, 'bin'));
  await writeFakeProgram(join(dir, 'bin'), 'ufw', join(dir, 'ufw.log'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Real processes that leave a trace: what ran, and in which order, is read back from the file.
const append = (text: string) => [
  process.execPath,
  '-e',
  `require('node:fs').appendFileSync(${JSON.stringify(log)}, ${JSON.stringify(text)})`,
];
const fail = (stderr: string) => [
  process.execPath,
  '-e',
  `process.stderr.write(${JSON.stringify(stderr)}); process.exit(126)`,
];
const trace = async () => readFile(log, 'utf8').catch(() => '');

// A change's undo is a record (issue 14); ufw's is rebuilt as `ufw delete allow out P/tcp`, which a
// stand-in on PATH records in its own log.
const change = (
  id: string,
  commands: string[][],
  undoPorts: number[],
  extra: Partial<PlannedChange> = {},
): PlannedChange => ({
  id,
  title: `Change ${id}`,
  description: '',
  commands,
  undoCommands: undoPorts.map((p) => ['ufw', 'delete', 'allow', 'out', `${p}/tcp`]),
  needsElevation: false,
  state: 'needed',
  journalUndo: undoPorts.length ? { kind: 'linux-ufw', ports: undoPorts } : { kind: 'nothing' },
  ...extra,
});
const opts = () => ({
  dataDir: join(dir, 'data'),
  lang: 'en' as const,
  now: () => new Date('2026-11-25T09:30:00Z'),
  env: { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}` },
});
const undoTrace = async () => readFile(join(dir, 'ufw.log'), 'utf8').catch(() => '');
const deps = { isPrivileged: true, platform: 'linux' as const };

describe('applyChanges', () => {
  it('runs the commands and journals the change as applied, with its undo', async () => {
    const plan = [change('a', [append('a1'), append('a2')], [443])];
    expect(await applyChanges(plan, ['a'], opts(), deps)).toEqual([
      { id: 'a', ok: true, message: 'Applied: Change a.' },
    ]);
    expect(await trace()).toBe('a1a2');
    expect(await readJournal(opts().dataDir)).toEqual([
      {
        id: 'a',
        title: 'Change a',
        appliedAt: '2026-11-25T09:30:00.000Z',
        platform: 'linux',
        state: 'applied',
        area: 'fixes',
        undo: { kind: 'linux-ufw', ports: [443] },
      },
    ]);
  });

  it('journals `applying` before the first command runs', async () => {
    let seen: string | undefined;
    const spy: CommandRunner = async (command) => {
      seen = (await readJournal(opts().dataDir))[0]?.state;
      return runCommand(command);
    };
    await applyChanges([change('a', [append('x')], [])], ['a'], opts(), { ...deps, runner: spy });
    expect(seen).toBe('applying');
  });

  it('undoes a change that failed halfway, and leaves nothing in the journal', async () => {
    const plan = [change('b', [append('b1'), fail('disk full')], [8443])];
    const [outcome] = await applyChanges(plan, ['b'], opts(), deps);
    expect(outcome).toEqual({
      id: 'b',
      ok: false,
      message: 'Could not apply Change b: disk full. What was done of it has been undone.',
    });
    expect(await trace()).toBe('b1');
    expect(await undoTrace()).toBe('delete allow out 8443/tcp\n');
    expect(await readJournal(opts().dataDir)).toEqual([]);
  });

  it('changes nothing when the administrator prompt is declined (pkexec), without a second prompt to undo', async () => {
    const plan = [
      change('c', [fail('Error executing command as another user: Not authorized')], [443]),
    ];
    expect((await applyChanges(plan, ['c'], opts(), deps))[0]?.message).toBe(
      'Not applied: Change c. The permission prompt was declined, so nothing was changed.',
    );
    expect(await trace()).toBe('');
    expect(await undoTrace()).toBe('');
    expect(await readJournal(opts().dataDir)).toEqual([]);
  });

  it('refuses a change that is not possible or not in the plan, running nothing', async () => {
    const plan = [
      change('d', [append('d')], [], { state: 'not_possible', reason: 'Tamper Protection is on.' }),
    ];
    expect(await applyChanges(plan, ['d', 'zzz'], opts(), deps)).toEqual([
      { id: 'd', ok: false, message: 'Change d cannot be applied here: Tamper Protection is on.' },
      {
        id: 'zzz',
        ok: false,
        message:
          'There is no change “zzz” in the current plan. Show the plan again and choose from it.',
      },
    ]);
    expect(await trace()).toBe('');
  });

  it('does not apply twice what the journal says is applied', async () => {
    const plan = [change('e', [append('e')], [])];
    await applyChanges(plan, ['e'], opts(), deps);
    await applyChanges(plan, ['e'], opts(), deps);
    expect(await trace()).toBe('e');
  });

  it('wraps commands that need elevation (pkexec when not root)', async () => {
    const spy = fakeRunner(() => exited(0));
    await applyChanges(
      [change('f', [['nft', 'add', 'rule', 'inet', 't', 'c']], [], { needsElevation: true })],
      ['f'],
      opts(),
      { platform: 'linux', isPrivileged: false, runner: spy },
    );
    expect(spy.calls).toEqual([['pkexec', 'nft', 'add', 'rule', 'inet', 't', 'c']]);
  });
});
