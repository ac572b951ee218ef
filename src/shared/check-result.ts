import { z } from 'zod';
import { checkKindSchema, statusSchema, verdictSchema } from './verdicts';

export const targetSchema = z.object({ host: z.string(), port: z.number().int().optional() });
export type Target = z.infer<typeof targetSchema>;

// Evidence stays open-ended on the wire: each probe documents its own keys (errno, code, certificate…).
export const detailSchema = z.record(z.string(), z.unknown());

export const checkResultSchema = z.object({
  id: z.string(),
  kind: checkKindSchema,
  target: targetSchema.optional(),
  status: statusSchema,
  verdict: verdictSchema,
  durationMs: z.number().nonnegative(),
  message: z.string(),
  /** Added: one sentence of what to do, for a problem. */
  fix: z.string().optional(),
  detail: detailSchema.optional(),
  /** Added: false for an endpoint the catalog marks `required: false`; such a failure is a warn. */
  required: z.boolean().optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const proxyUsedSchema = z.object({
  /** The proxy URL with credentials removed, or null for direct. */
  url: z.string().nullable(),
  source: z.enum(['flag', 'env', 'system', 'pac', 'chromium', 'none']),
  hosts: z.record(z.string(), z.string()).optional(),
  /** Added: a sentence on how the proxy was chosen, e.g. "auto-detect is on, but no WPAD script was found". */
  note: z.string().optional(),
});
export type ProxyUsed = z.infer<typeof proxyUsedSchema>;

export const checkRunSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.string(), version: z.string() }),
  startedAt: z.string(),
  durationMs: z.number().nonnegative(),
  ready: z.boolean(),
  system: z.record(z.string(), z.unknown()),
  checks: z.array(checkResultSchema),
  // Additions, all optional so older readers keep working.
  catalog: z
    .object({ id: z.string(), name: z.string(), version: z.string().optional() })
    .optional(),
  proxy: proxyUsedSchema.optional(),
  lang: z.enum(['ja', 'en']).optional(),
  cancelled: z.boolean().optional(),
  notTested: z.array(z.string()).optional(),
});
export type CheckRun = z.infer<typeof checkRunSchema>;

/** `ready` is false exactly when a required check failed; warn never makes it false. */
export function isReady(checks: readonly CheckResult[]): boolean {
  return !checks.some((c) => c.status === 'fail' && c.required !== false);
}
