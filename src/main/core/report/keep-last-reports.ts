import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportedFile } from '../../../shared/report-schemas';
import { writeAtomically } from '../journal/write-atomically';

export const REPORTS_FOLDER = 'reports';
export const REPORTS_KEPT = 5;

/**
 * Keeps a copy of a report in the data folder (ARCHITECTURE.md: it holds "the last reports"), so the support
 * engineer can ask for the last one even when the customer saved it somewhere they cannot find. Only the
 * newest few are kept; they are files we wrote ourselves, inside our own folder, so removing them is safe.
 */
export async function keepReport(dataDir: string, file: ExportedFile): Promise<string> {
  const folder = join(dataDir, REPORTS_FOLDER);
  await mkdir(folder, { recursive: true });
  const path = join(folder, file.fileName);
  await writeAtomically(path, file.content);
  const ours = (await readdir(folder))
    .filter((n) => /^session-prep-report-.*\.(json|html)$/.test(n))
    .sort();
  for (const old of ours.slice(0, Math.max(0, ours.length - REPORTS_KEPT)))
    await rm(join(folder, old), { force: true });
  return path;
}
