import { readFileSync } from 'node:fs';
import { checkRunSchema, type CheckRun } from '../../src/shared/check-result';

/**
 * A real `session-prep check --json` on this closed machine (issue 15's offline PC): the built-in catalog's
 * us hosts fail DNS, their later steps are skipped, the other data centres are named in notTested. Only
 * its start time was set, so local-time tests have a fixed instant.
 */
export function offlineRun(): CheckRun {
  const text = readFileSync(new URL('./offline-run.json', import.meta.url), 'utf8');
  return checkRunSchema.parse(JSON.parse(text));
}
