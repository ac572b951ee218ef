import { z } from 'zod';
import { catalogRefSchema } from './catalog';

/** One entry of a catalog that the catalog policy refuses: where it is, what it says, which rule, why. */
export const policyRefusalSchema = z.object({
  /** `agent.directories.win32[2]`. */
  path: z.string(),
  /** The entry as the catalog wrote it. */
  entry: z.string(),
  /** The rule's id (`exeProtected`, `folder.profile`, `nameProtected`…). */
  rule: z.string(),
  /** The sentence, in the caller's language, that names the entry and says why. */
  message: z.string(),
});
export type PolicyRefusal = z.infer<typeof policyRefusalSchema>;

/** One thing a catalog would make Session Prep do on one OS, with the exact items. */
export const catalogEffectSchema = z.object({
  os: z.enum(['win32', 'darwin', 'linux', 'any']),
  /** `firewall`, `defender`, `stopProcesses`, `trashFolders`, `services`, … */
  action: z.string(),
  /** The sentence that says what is done. */
  what: z.string(),
  items: z.array(z.string()),
});
export type CatalogEffect = z.infer<typeof catalogEffectSchema>;

/** `session-prep catalog check FILE`: what the catalog would make the tool do, and the policy's refusals. */
export const catalogCheckSchema = z.object({
  /** True when the policy refuses nothing: every command would accept this catalog. */
  acceptable: z.boolean(),
  catalog: catalogRefSchema,
  refusals: z.array(policyRefusalSchema),
  effects: z.array(catalogEffectSchema),
});
export type CatalogCheck = z.infer<typeof catalogCheckSchema>;
