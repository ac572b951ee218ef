import type { AppliedFix } from '../../../shared/fixes-schemas';
import { readJournalChecked } from '../journal/journal';

/** What the fix journal says Session Prep changed on this PC; a journal that cannot be read is said, not hidden. */
export async function appliedFixesIn(
  dataDir: string,
): Promise<{ journal: AppliedFix[]; unreadable?: string }> {
  try {
    const { entries, unchecked } = await readJournalChecked(dataDir);
    // An entry that does not validate is said in the report, as something not covered.
    const bad = unchecked.map((u) => `${u.id ?? '?'}: ${u.why}`).join('; ');
    return {
      journal: entries
        .filter((e) => e.state === 'applied')
        .map(({ id, title, appliedAt }) => ({ id, title, appliedAt })),
      ...(bad ? { unreadable: `journal entries that do not validate: ${bad}` } : {}),
    };
  } catch (error) {
    // The report is most needed when something is already wrong; it goes out without the journal, saying so.
    return { journal: [], unreadable: error instanceof Error ? error.message : String(error) };
  }
}
