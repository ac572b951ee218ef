import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalPath, readJournal, recordChange, type JournalEntry } from './journal';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sp-journal-'));
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

describe('journal', () => {
  it('is empty before anything was recorded, and is created in a data folder that does not exist yet', async () => {
    const nested = join(dataDir, 'a', 'b');
    expect(await readJournal(nested)).toEqual([]);
    await recordChange(nested, entry('x', [['true']], 'applying'));
    expect((await readJournal(nested)).map((e) => e.id)).toEqual(['x']);
  });

  it('replaces an entry with the same id (applying → applied) and keeps the order of the others', async () => {
    await recordChange(dataDir, entry('a', [['true']], 'applying'));
    await recordChange(dataDir, entry('b', [['true']], 'applying'));
    await recordChange(dataDir, entry('a', [['true']], 'applied'));
    const read = await readJournal(dataDir);
    expect(read.map((e) => [e.id, e.state])).toEqual([
      ['a', 'applied'],
      ['b', 'applying'],
    ]);
  });

  it('leaves no temporary files behind and writes valid JSON even with concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => recordChange(dataDir, entry(`e${i}`, [['true']]))),
    );
    expect((await readJournal(dataDir)).length).toBe(20);
    expect(await readdir(dataDir)).toEqual(['journal.json']);
    expect(JSON.parse(await readFile(journalPath(dataDir), 'utf8')).version).toBe(1);
  });

  it('refuses a bad entry before writing anything', async () => {
    await expect(recordChange(dataDir, { ...entry('', [['true']]) })).rejects.toThrow();
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('refuses to guess from a journal that is not ours', async () => {
    await writeFile(journalPath(dataDir), '{"version": 2}');
    await expect(readJournal(dataDir)).rejects.toThrow(/not valid/);
  });
});
