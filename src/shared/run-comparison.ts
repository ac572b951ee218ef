import { z } from 'zod';
import { statusSchema, verdictSchema } from './verdicts';

/** One check's result in one run, as much as a comparison needs. */
export const comparedStateSchema = z.object({ status: statusSchema, verdict: verdictSchema });
export type ComparedState = z.infer<typeof comparedStateSchema>;

/** One check that changed, or did not, between the earlier run and this one. */
export const comparedCheckSchema = z.object({
  id: z.string(),
  host: z.string().optional(),
  /** null: the earlier run did not have this check. */
  before: comparedStateSchema.nullable(),
  now: comparedStateSchema,
});
export type ComparedCheck = z.infer<typeof comparedCheckSchema>;

/**
 * Added (issue 15): what changed since the earlier run that asked the same question (same catalog, same
 * data centre, same groups and hosts). A problem is a `fail` or a `warn`; a check that did not run now is
 * never "fixed". Each list is ordered by cause (fixed: the earlier cause; the others: today's).
 */
export const runComparisonSchema = z.object({
  /** When the earlier run started (ISO time). */
  since: z.string(),
  /** A problem before, passed now. */
  fixed: z.array(comparedCheckSchema),
  /** A problem before and now, with the same or another verdict. */
  stillFailing: z.array(comparedCheckSchema),
  /** Passed, skipped or absent before, a problem now. */
  newlyFailing: z.array(comparedCheckSchema),
  /** A problem before that did not run now (skipped or cancelled): not known to be fixed. */
  notRechecked: z.array(comparedCheckSchema),
});
export type RunComparison = z.infer<typeof runComparisonSchema>;
