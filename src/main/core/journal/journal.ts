import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomically } from './write-atomically';
import { appliedFixSchema } from '../../../shared/fixes-schemas';
import { legacyUndoSchema, undoRecordSchema } from './undo-record';

export { nftRuleRefSchema, type NftRuleRef, type UndoRecord } from './undo-record';

/** An applied fix (the contract's), with what undo needs: a structured record, validated where it is read. */
export const journalEntrySchema = appliedFixSchema.extend({
  id: z.string().min(1).max(200),
  title: z.string().max(500),
  platform: z.string().max(20),
  /** `applying` is written before the change is made; a crash leaves it, and undo still runs. */
  state: z.enum(['applying', 'applied']),
  /** Which area made the change ('fixes', 'ime', …), for listing. */
  area: z.string().max(40).optional(),
  undo: undoRecordSchema,
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/** An entry of the journal file that does not validate: reported, kept in the file, never run. */
export interface UncheckedEntry {
  id?: string;
  title?: string;
  /** `legacy`: the older raw-argv form (undo may still recognise it); `invalid`: anything else. */
  kind: 'legacy' | 'invalid';
  /** Where the entry is wrong, for the person reading the report. */
  why: string;
  raw: unknown;
}

const journalFileSchema = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  entries: z.array(z.unknown()),
});

export const JOURNAL_FILE = 'journal.json';

export function journalPath(dataDir: string): string {
  return join(dataDir, JOURNAL_FILE);
}

/** The journal's valid entries, oldest first; a missing file is an empty journal. */
export async function readJournal(dataDir: string): Promise<JournalEntry[]> {
  return (await readJournalChecked(dataDir)).entries;
}

/** Every entry, each validated on its own: the valid ones, and the others with why they are not. */
export async function readJournalChecked(
  dataDir: string,
): Promise<{ entries: JournalEntry[]; unchecked: UncheckedEntry[] }> {
  const entries: JournalEntry[] = [];
  const unchecked: UncheckedEntry[] = [];
  for (const raw of await readRaw(dataDir)) {
    const parsed = journalEntrySchema.safeParse(raw);
    if (parsed.success) {
      entries.push(parsed.data);
      continue;
    }
    const named = z.object({ id: z.string(), title: z.string() }).partial().safeParse(raw);
    const id = named.success ? named.data.id : undefined;
    const title = named.success ? named.data.title : undefined;
    const isLegacy =
      typeof raw === 'object' &&
      raw !== null &&
      legacyUndoSchema.safeParse(Reflect.get(raw, 'undo')).success;
    const why = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`)
      .join('; ');
    unchecked.push({
      ...(id === undefined ? {} : { id: id.slice(0, 200) }),
      ...(title === undefined ? {} : { title: title.slice(0, 200) }),
      kind: isLegacy ? 'legacy' : 'invalid',
      why: why.slice(0, 500),
      raw,
    });
  }
  return { entries, unchecked };
}

/** The file's entries as stored; a journal that is not ours to read (not JSON, another shape) is an error. */
async function readRaw(dataDir: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(journalPath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`the journal ${journalPath(dataDir)} is not JSON`);
  }
  const parsed = journalFileSchema.safeParse(json);
  // Ours, written atomically: a file of another shape was edited by hand or by a newer version.
  if (!parsed.success)
    throw new Error(`the journal ${journalPath(dataDir)} is not valid: ${parsed.error.message}`);
  return parsed.data.entries;
}

/** Adds an entry, or replaces the one with the same id (e.g. `applying` → `applied`). */
export async function recordChange(dataDir: string, entry: JournalEntry): Promise<void> {
  const valid = journalEntrySchema.parse(entry);
  await update(dataDir, (entries) => {
    const at = entries.findIndex((e) => idOf(e) === valid.id);
    if (at >= 0) entries[at] = valid;
    else entries.push(valid);
    return entries;
  });
}

/** Removes an entry once its undo has run. */
export function removeEntry(dataDir: string, id: string): Promise<void> {
  return update(dataDir, (entries) => entries.filter((e) => idOf(e) !== id));
}

function idOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'id') : undefined;
}

// One writer at a time within this process; each write replaces the file whole (temp, fsync, rename),
// so a reader, a crash or a kill -9 sees the old journal or the new one, never half of one.
const queues = new Map<string, Promise<unknown>>();

// Entries that do not validate are carried along untouched: reported, never run, never silently lost.
function update(dataDir: string, change: (entries: unknown[]) => unknown[]): Promise<void> {
  const previous = queues.get(dataDir) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const entries = change(await readRaw(dataDir));
      await writeAtomically(
        journalPath(dataDir),
        JSON.stringify({ version: 2, entries }, null, 2) + '\n',
      );
    });
  queues.set(dataDir, next);
  return next;
}
