import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJournal, recordChange, type JournalEntry } from '../journal/journal';
import { undoEverything } from './undo';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sp-undo-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const entry = (
  id: string,
  undo: string[][],
  state: JournalEntry['state'] = 'applied',
): JournalEntry => ({
  id,
  title: `change ${id}`,
  appliedAt: '2026-11-25T09:00:00.000Z',
  platform: 'linux',
  state,
  undo: { commands: undo },
});

// A real process that appends a marker to a file: the order and the fact of each undo are observable.
const appendCmd = (file: string, text: string) => [
  process.execPath,
  '-e',
  `require('node:fs').appendFileSync(${JSON.stringify(file)}, ${JSON.stringify(text)})`,
];
const failCmd = [process.execPath, '-e', 'process.stderr.write("boom"); process.exit(3)'];

describe('undoEverything', () => {
  it('runs each undo with real processes, newest first, and empties the journal', async () => {
    const log = join(dataDir, 'log.txt');
    await recordChange(dataDir, entry('first', [appendCmd(log, '1')]));
    await recordChange(dataDir, entry('second', [appendCmd(log, '2a'), appendCmd(log, '2b')]));
    const outcomes = await undoEverything(
      { dataDir, lang: 'en' },
      { isPrivileged: true, platform: 'linux' },
    );
    expect(outcomes).toEqual([
      { id: 'first', ok: true, message: 'Undone: change first.' },
      { id: 'second', ok: true, message: 'Undone: change second.' },
    ]);
    expect(await readFile(log, 'utf8')).toBe('2a2b1');
    expect(await readJournal(dataDir)).toEqual([]);
  });

  it('keeps an applied entry whose undo fails, with the error, in Japanese', async () => {
    await recordChange(dataDir, entry('bad', [failCmd]));
    const [outcome] = await undoEverything(
      { dataDir, lang: 'ja' },
      { isPrivileged: true, platform: 'linux' },
    );
    expect(outcome).toEqual({
      id: 'bad',
      ok: false,
      message: expect.stringContaining('change bad を元に戻せませんでした: boom'),
    });
    expect((await readJournal(dataDir)).map((e) => e.id)).toEqual(['bad']);
  });

  it('drops an interrupted (applying) entry whose undo finds nothing to revert', async () => {
    await recordChange(dataDir, entry('half', [failCmd], 'applying'));
    const [outcome] = await undoEverything(
      { dataDir, lang: 'en' },
      { isPrivileged: true, platform: 'linux' },
    );
    expect(outcome?.ok).toBe(true);
    expect(outcome?.message).toMatch(/interrupted/);
    expect(await readJournal(dataDir)).toEqual([]);
  });

  it('reports a tool that does not exist instead of throwing', async () => {
    await recordChange(dataDir, entry('missing', [['/nonexistent/tool-xyz']]));
    const [outcome] = await undoEverything(
      { dataDir, lang: 'en' },
      { isPrivileged: true, platform: 'linux' },
    );
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('ENOENT') });
  });
});
