import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomically } from './write-atomically';
import { appliedFixSchema } from '../../../shared/fixes-schemas';

/** An nftables rule of ours, found again by its comment, so undo works even when apply was killed midway. */
export const nftRuleRefSchema = z.object({
  family: z.string().min(1),
  table: z.string().min(1),
  chain: z.string().min(1),
  comment: z.string().min(1),
});
export type NftRuleRef = z.infer<typeof nftRuleRefSchema>;

/** An applied fix (the contract's), with what undo needs. */
export const journalEntrySchema = appliedFixSchema.extend({
  id: z.string().min(1),
  platform: z.string(),
  /** `applying` is written before the change is made; a crash leaves it, and undo still runs. */
  state: z.enum(['applying', 'applied']),
  /** Which area made the change ('fixes', 'ime', …), for listing. */
  area: z.string().optional(),
  undo: z.object({
    commands: z.array(z.array(z.string()).min(1)),
    /** Run with the OS's elevation unless the process is already privileged. */
    needsElevation: z.boolean().optional(),
    /** nftables rules to delete by handle, found by their comment at undo time. */
    nftRules: z.array(nftRuleRefSchema).optional(),
  }),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

const journalFileSchema = z.object({ version: z.literal(1), entries: z.array(journalEntrySchema) });

export const JOURNAL_FILE = 'journal.json';

export function journalPath(dataDir: string): string {
  return join(dataDir, JOURNAL_FILE);
}

/** The journal's entries, oldest first; a missing file is an empty journal. */
export async function readJournal(dataDir: string): Promise<JournalEntry[]> {
  let text: string;
  try {
    text = await readFile(journalPath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = journalFileSchema.safeParse(JSON.parse(text));
  // Ours, written atomically: a journal that does not parse was edited by hand or by a newer version.
  if (!parsed.success)
    throw new Error(`the journal ${journalPath(dataDir)} is not valid: ${parsed.error.message}`);
  return parsed.data.entries;
}

/** Adds an entry, or replaces the one with the same id (e.g. `applying` → `applied`). */
export async function recordChange(dataDir: string, entry: JournalEntry): Promise<void> {
  const valid = journalEntrySchema.parse(entry);
  await update(dataDir, (entries) => {
    const at = entries.findIndex((e) => e.id === valid.id);
    if (at >= 0) entries[at] = valid;
    else entries.push(valid);
    return entries;
  });
}

/** Removes an entry once its undo has run. */
export function removeEntry(dataDir: string, id: string): Promise<void> {
  return update(dataDir, (entries) => entries.filter((e) => e.id !== id));
}

// One writer at a time within this process; each write replaces the file whole (temp, fsync, rename),
// so a reader, a crash or a kill -9 sees the old journal or the new one, never half of one.
const queues = new Map<string, Promise<unknown>>();

function update(
  dataDir: string,
  change: (entries: JournalEntry[]) => JournalEntry[],
): Promise<void> {
  const previous = queues.get(dataDir) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const entries = change(await readJournal(dataDir));
      await writeAtomically(
        journalPath(dataDir),
        JSON.stringify({ version: 1, entries }, null, 2) + '\n',
      );
    });
  queues.set(dataDir, next);
  return next;
}
