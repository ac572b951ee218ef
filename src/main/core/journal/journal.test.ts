import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  journalPath,
  readJournal,
  readJournalChecked,
  recordChange,
  type JournalEntry,
} from './journal';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sp-journal-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const entry = (
  id: string,
  ports: number[],
  state: JournalEntry['state'] = 'applied',
): JournalEntry => ({
  id,
  title: `change ${id}`,
  appliedAt: '2026-11-25T09:00:00.000Z',
  platform: 'linux',
  state,
  undo: { kind: 'linux-ufw', ports },
});

describe('journal', () => {
  it('is empty before anything was recorded, and is created in a data folder that does not exist yet', async () => {
    const nested = join(dataDir, 'a', 'b');
    expect(await readJournal(nested)).toEqual([]);
    await recordChange(nested, entry('x', [443], 'applying'));
    expect((await readJournal(nested)).map((e) => e.id)).toEqual(['x']);
  });

  it('replaces an entry with the same id (applying → applied) and keeps the order of the others', async () => {
    await recordChange(dataDir, entry('a', [443], 'applying'));
    await recordChange(dataDir, entry('b', [443], 'applying'));
    await recordChange(dataDir, entry('a', [443], 'applied'));
    const read = await readJournal(dataDir);
    expect(read.map((e) => [e.id, e.state])).toEqual([
      ['a', 'applied'],
      ['b', 'applying'],
    ]);
  });

  it('leaves no temporary files behind and writes valid JSON even with concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => recordChange(dataDir, entry(`e${i}`, [443]))),
    );
    expect((await readJournal(dataDir)).length).toBe(20);
    expect(await readdir(dataDir)).toEqual(['journal.json']);
    expect(JSON.parse(await readFile(journalPath(dataDir), 'utf8')).version).toBe(2);
  });

  it('refuses a bad entry before writing anything', async () => {
    await expect(recordChange(dataDir, { ...entry('', [443]) })).rejects.toThrow();
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('refuses to guess from a journal that is not ours', async () => {
    await writeFile(journalPath(dataDir), '{"version": 3}');
    await expect(readJournal(dataDir)).rejects.toThrow(/not valid/);
  });

  // Issue 14: a tampered entry titled "Allow Zoho Assist through ufw" ran a shell as root.
  it('validates each entry on its own: one that does not validate is reported, kept, never returned', async () => {
    await recordChange(dataDir, entry('good', [443]));
    const raw = JSON.parse(await readFile(journalPath(dataDir), 'utf8')) as { entries: unknown[] };
    raw.entries.push(
      {
        id: 'linux-ufw',
        title: 'Allow Zoho Assist through ufw',
        appliedAt: '2026-11-25T09:00:00.000Z',
        platform: 'linux',
        state: 'applied',
        undo: { kind: 'linux-ufw', ports: ['443/tcp; sh -c id'] },
      },
      {
        id: 'old',
        title: 'old',
        appliedAt: 'x',
        platform: 'linux',
        state: 'applied',
        undo: { commands: [['sh', '-c', 'id']] },
      },
    );
    await writeFile(journalPath(dataDir), JSON.stringify(raw));
    const checked = await readJournalChecked(dataDir);
    expect(checked.entries.map((e) => e.id)).toEqual(['good']);
    expect(checked.unchecked.map((u) => [u.id, u.kind])).toEqual([
      ['linux-ufw', 'invalid'],
      ['old', 'legacy'],
    ]);
    expect(checked.unchecked[0]?.why).toContain('undo.ports.0');
    // Writing the journal again keeps them, for whoever investigates.
    await recordChange(dataDir, entry('next', [80]));
    expect((await readJournalChecked(dataDir)).unchecked).toHaveLength(2);
  });
});
