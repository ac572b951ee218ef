import { z } from 'zod';
import { checkResultSchema } from './check-result';

/** A change Session Prep made to this PC, as the fix journal records it (the plan, the report). */
export const appliedFixSchema = z.object({
  id: z.string(),
  title: z.string(),
  appliedAt: z.string(),
});
export type AppliedFix = z.infer<typeof appliedFixSchema>;

/** One change to this PC, shown in words and as the exact commands before it is made. */
export const fixChangeSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  /** Each command as an argument array, exactly as it will run. */
  commands: z.array(z.array(z.string())),
  undoCommands: z.array(z.array(z.string())),
  /** Added: the script inside each encoded PowerShell command (same order as `commands`), for reading. */
  scripts: z.array(z.string()).optional(),
  needsElevation: z.boolean(),
  state: z.enum(['needed', 'applied', 'not_possible']),
  /** Why a change cannot be made here (Tamper Protection, a policy…): it goes to IT instead. */
  reason: z.string().optional(),
});
export type FixChange = z.infer<typeof fixChangeSchema>;

/** A journal entry as undo will treat it: the exact commands it will run (issue 14: the prompt shows them). */
export const journalItemSchema = appliedFixSchema.extend({
  /** Added: the commands undo runs, rebuilt from the entry's record. */
  undoCommands: z.array(z.array(z.string())).optional(),
  /** Added: the script inside each encoded PowerShell command of `undoCommands`, for reading. */
  undoScripts: z.array(z.string()).optional(),
});
export type JournalItem = z.infer<typeof journalItemSchema>;

/** A journal entry undo will not run (it does not validate), and the sentence that says so. */
export const notRunEntrySchema = z.object({ id: z.string(), message: z.string() });

export const fixPlanSchema = z.object({
  platform: z.string(),
  changes: z.array(fixChangeSchema),
  /** Changes already applied by Session Prep, from the journal. */
  journal: z.array(journalItemSchema),
  /** Added: journal entries that do not validate: reported, never run. */
  notRun: z.array(notRunEntrySchema).optional(),
});
export type FixPlan = z.infer<typeof fixPlanSchema>;

export const fixOutcomeSchema = z.object({
  id: z.string(),
  ok: z.boolean(),
  message: z.string(),
});

export const fixApplyResultSchema = z.object({
  outcomes: z.array(fixOutcomeSchema),
  plan: fixPlanSchema,
  /** Added: the affected checks before and after the change, when the check engine could run them. */
  recheck: z
    .object({ before: z.array(checkResultSchema), after: z.array(checkResultSchema) })
    .optional(),
});
export type FixApplyResult = z.infer<typeof fixApplyResultSchema>;
