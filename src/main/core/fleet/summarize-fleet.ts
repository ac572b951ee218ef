import type { FleetSummary } from '../../../shared/fleet-schemas';
import type { Lang } from '../../../shared/lang';
import { FleetTally } from './fleet-tally';
import { findResultFiles } from './find-result-files';
import { readResultFile } from './read-result-file';
import { skipReasonText } from './skip-reason-text';

export interface SummarizeOptions {
  lang: Lang;
  /** Files read at the same time: enough to keep the disk and the parser busy, few enough to stay small. */
  concurrency?: number;
  signal?: AbortSignal;
  now?: Date;
}

/**
 * Reads the files one by one as the folders are walked (at most `concurrency` in memory at once), keeps a
 * few hundred bytes of each run, and returns the fleet picture. A file that is not a result is listed with
 * why; nothing a file holds can make this throw.
 */
export async function summarizeFleet(
  paths: readonly string[],
  options: SummarizeOptions,
): Promise<FleetSummary> {
  const tally = new FleetTally();
  const limit = Math.max(1, options.concurrency ?? 8);
  const inFlight = new Set<Promise<void>>();
  for await (const found of findResultFiles(paths)) {
    if (options.signal?.aborted) break;
    if ('skip' in found) {
      tally.addSkip(found.path, skipReasonText(found.skip, options.lang));
      continue;
    }
    const task = readResultFile(found.path).then((outcome) => {
      if (outcome.ok) tally.addRun(outcome.run);
      else tally.addSkip(found.path, skipReasonText(outcome.reason, options.lang));
    });
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return tally.summary(options.lang, options.now);
}
