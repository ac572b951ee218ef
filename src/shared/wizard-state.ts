import { z } from 'zod';
import { checkRunSchema } from './check-result';
import { langSchema } from './lang';

/** One of the wizard's runs as core knows it: finished (with the run) or still going (follow it). */
export const scopeStateSchema = z.object({
  runId: z.string().min(1).max(100),
  isRunning: z.boolean(),
  /** The finished run; null while it runs. */
  run: checkRunSchema.nullable(),
});
export type ScopeState = z.infer<typeof scopeStateSchema>;

/** A wizard step's id, as the page names it (core keeps it, the page checks it is one of its steps). */
export const wizardStepSchema = z.string().regex(/^[a-z][a-z-]{0,29}$/);

/**
 * What the wizard's page left with this core process (issue 15): a reload, or a second tab of the same
 * browser-mode server, starts where the customer was instead of on Welcome with the results gone.
 */
export const wizardStateSchema = z.object({
  /** The step the page was on last; null before any page said. */
  step: wizardStepSchema.nullable(),
  /** The language the customer chose on the switch; null when they did not choose. */
  lang: langSchema.nullable(),
  /** The last system-only run (the Requirements step) and the last full run (the Network step). */
  system: scopeStateSchema.nullable(),
  network: scopeStateSchema.nullable(),
});
export type WizardState = z.infer<typeof wizardStateSchema>;
