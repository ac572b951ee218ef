import { z } from 'zod';

export const leftoverSchema = z.object({
  id: z.string(),
  kind: z.enum([
    'process',
    'folder',
    'service',
    'uninstall_entry',
    'url_handler',
    'launch_agent',
    'package',
    'unit',
    'our_change',
  ]),
  /** What it is, in the customer's words. */
  label: z.string(),
  /** The path, process id, registry key or unit name. */
  location: z.string(),
  removable: z.boolean(),
  reason: z.string().optional(),
});
export type Leftover = z.infer<typeof leftoverSchema>;

export const cleanupScanSchema = z.object({
  platform: z.string(),
  items: z.array(leftoverSchema),
  refused: z.array(z.object({ path: z.string(), reason: z.string() })),
});
export type CleanupScan = z.infer<typeof cleanupScanSchema>;

export const cleanupResultSchema = z.object({
  outcomes: z.array(z.object({ id: z.string(), ok: z.boolean(), message: z.string() })),
  /** The scan done again afterwards: proof of absence, or what remains and why. */
  after: cleanupScanSchema,
});
export type CleanupResult = z.infer<typeof cleanupResultSchema>;
