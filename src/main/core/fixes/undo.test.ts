import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFakeProgram } from '../../../../test/fixtures/os/fake-program';
import { journalPath, readJournal, recordChange, type JournalEntry } from '../journal/journal';
import type { UndoRecord } from '../journal/undo-record';
import { undoEverything } from './undo';

let dataDir: string;
let bin: string;
let log: string;
let env: NodeJS.ProcessEnv;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sp-undo-'));
  bin = join(dataDir, 'bin');
  log = join(dataDir, 'ran.log');
  await mkdir(bin);
  // ufw cannot change this machine's firewall in a test: a stand-in records exactly what undo ran.
  await writeFakeProgram(bin, 'ufw', log);
  env = { PATH: `${bin}:${process.env.PATH ?? ''}` };
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const entry = (
  id: string,
  undo: UndoRecord,
  state: JournalEntry['state'] = 'applied',
): JournalEntry => ({
  id,
  title: `change ${id}`,
  appliedAt: '2026-11-25T09:00:00.000Z',
  platform: 'linux',
  state,
  undo,
});
const deps = { isPrivileged: true, platform: 'linux' as const };

describe('undoEverything', () => {
  it('rebuilds each undo from its record with the apply’s builders, newest first, and empties the journal', async () => {
    await recordChange(dataDir, entry('first', { kind: 'linux-ufw', ports: [443] }));
    await recordChange(dataDir, entry('second', { kind: 'linux-ufw', ports: [80, 8443] }));
    const outcomes = await undoEverything({ dataDir, lang: 'en', env }, deps);
    expect(outcomes).toEqual([
      { id: 'first', ok: true, message: 'Undone: change first.' },
      { id: 'second', ok: true, message: 'Undone: change second.' },
    ]);
    expect(await readFile(log, 'utf8')).toBe(
      'delete allow out 80/tcp\ndelete allow out 8443/tcp\ndelete allow out 443/tcp\n',
    );
    expect(await readJournal(dataDir)).toEqual([]);
  });

  it('keeps an applied entry whose undo fails, with the error, in Japanese', async () => {
    await writeFakeProgram(bin, 'ufw', log, { code: 3, stderr: 'boom' });
    await recordChange(dataDir, entry('bad', { kind: 'linux-ufw', ports: [443] }));
    const [outcome] = await undoEverything({ dataDir, lang: 'ja', env }, deps);
    expect(outcome).toEqual({
      id: 'bad',
      ok: false,
      message: expect.stringContaining('change bad を元に戻せませんでした: boom'),
    });
    expect((await readJournal(dataDir)).map((e) => e.id)).toEqual(['bad']);
  });

  it('drops an interrupted (applying) entry whose undo finds nothing to revert', async () => {
    await writeFakeProgram(bin, 'ufw', log, {
      code: 1,
      stderr: 'Could not delete non-existent rule',
    });
    await recordChange(dataDir, entry('half', { kind: 'linux-ufw', ports: [443] }, 'applying'));
    const [outcome] = await undoEverything({ dataDir, lang: 'en', env }, deps);
    expect(outcome?.ok).toBe(true);
    expect(outcome?.message).toMatch(/interrupted/);
    expect(await readJournal(dataDir)).toEqual([]);
  });

  it('reports a tool that does not exist instead of throwing', async () => {
    await recordChange(dataDir, entry('missing', { kind: 'linux-ufw', ports: [443] }));
    const [outcome] = await undoEverything(
      { dataDir, lang: 'en', env: { PATH: join(dataDir, 'empty') } },
      deps,
    );
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('ENOENT') });
  });
});

// Issue 14: the journal stored raw argv and undo ran it, elevated; a tampered entry titled "Allow Zoho
// Assist through ufw" ran a shell as root.
describe('a tampered or older journal', () => {
  async function addRaw(...entries: unknown[]) {
    await recordChange(dataDir, entry('real', { kind: 'linux-ufw', ports: [443] }));
    const file = JSON.parse(await readFile(journalPath(dataDir), 'utf8')) as { entries: unknown[] };
    file.entries.push(...entries);
    await writeFile(journalPath(dataDir), JSON.stringify(file));
  }
  const legacy = (id: string, commands: string[][]) => ({
    id,
    title: 'Allow Zoho Assist through ufw',
    appliedAt: '2026-11-25T09:00:00.000Z',
    platform: 'linux',
    state: 'applied',
    undo: { commands, needsElevation: true },
  });

  it('never runs an entry that does not validate, or an old one that is not exactly ours; says so; runs the rest', async () => {
    const pwned = join(dataDir, 'pwned');
    await addRaw(
      legacy('linux-ufw-evil', [['sh', '-c', `touch ${pwned}`]]),
      legacy('linux-ufw-looks-like', [['ufw', 'delete', 'allow', 'out', '443/tcp', ';', 'sh']]),
      { ...legacy('bad-record', []), undo: { kind: 'linux-ufw', ports: [0] } },
      { ...legacy('bad-kind', []), undo: { kind: 'shell', command: 'sh' } },
    );
    const outcomes = await undoEverything({ dataDir, lang: 'en', env }, deps);
    expect(outcomes.map((o) => [o.id, o.ok])).toEqual([
      ['linux-ufw-evil', false],
      ['linux-ufw-looks-like', false],
      ['bad-record', false],
      ['bad-kind', false],
      ['real', true],
    ]);
    expect(outcomes[0]?.message).toContain('older form');
    expect(outcomes[2]?.message).toContain('does not validate');
    await expect(readFile(pwned)).rejects.toThrow(/ENOENT/);
    expect(await readFile(log, 'utf8')).toBe('delete allow out 443/tcp\n');
  });

  it('undoes an honest older entry: its commands are exactly what today’s builder makes', async () => {
    await addRaw(
      legacy('linux-ufw-old', [
        ['ufw', 'delete', 'allow', 'out', '80/tcp'],
        ['ufw', 'delete', 'allow', 'out', '443/tcp'],
      ]),
    );
    const outcomes = await undoEverything({ dataDir, lang: 'en', env }, deps);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await readFile(log, 'utf8')).toBe(
      'delete allow out 80/tcp\ndelete allow out 443/tcp\ndelete allow out 443/tcp\n',
    );
  });
});
