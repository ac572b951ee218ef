import { z } from 'zod';
import { catalogRefSchema } from './catalog';
import { detailSchemas, notRunDetailSchema, type DetailOf, type NotRunDetail } from './details';
import { langSchema } from './lang';
import { runComparisonSchema } from './run-comparison';
import { statusSchema, verdictSchema, type CheckKind } from './verdicts';

export const targetSchema = z.object({ host: z.string(), port: z.number().int().optional() });
export type Target = z.infer<typeof targetSchema>;

/** A check's message and fix in one language. */
export const checkWordingSchema = z.object({ message: z.string(), fix: z.string().optional() });
export type CheckWording = z.infer<typeof checkWordingSchema>;

/** A check's wording in each language core wrote it in (see `localizeRun`). */
export const checkTextsSchema = z
  .object({ ja: checkWordingSchema, en: checkWordingSchema })
  .partial();
export type CheckTexts = z.infer<typeof checkTextsSchema>;

/** What every check result has, whatever its kind. */
const checkFieldsSchema = z.object({
  id: z.string(),
  target: targetSchema.optional(),
  status: statusSchema,
  verdict: verdictSchema,
  durationMs: z.number().nonnegative(),
  message: z.string(),
  /** Added: one sentence of what to do, for a problem. */
  fix: z.string().optional(),
  /** Added: false for an endpoint the catalog marks `required: false`; such a failure is a warn. */
  required: z.boolean().optional(),
  /**
   * Added (issue 15): `message` and `fix` in both languages, worded when the check ran, so a language
   * switch re-words the results without running the checks again. Files written for people and scripts
   * (reports, `--json`) leave it out: their `message` is already in the language asked for.
   */
  texts: checkTextsSchema.optional(),
});
export type CheckFields = z.infer<typeof checkFieldsSchema>;

// The JSON is the contract's `{ id, kind, …, detail }`; what `detail` may hold depends on `kind`
// (src/shared/details), so a result is one object schema per kind, told apart by `kind`.
const resultOf = <K extends CheckKind>(kind: K) =>
  checkFieldsSchema.extend({
    kind: z.literal(kind),
    detail: z.union([detailSchemas[kind], notRunDetailSchema]).optional(),
  });

export const checkResultSchema = z.discriminatedUnion('kind', [
  resultOf('dns'),
  resultOf('tcp'),
  resultOf('tls'),
  resultOf('websocket'),
  resultOf('http'),
  resultOf('proxy'),
  resultOf('bandwidth'),
  resultOf('os'),
  resultOf('browser'),
  resultOf('display'),
  resultOf('disk'),
  resultOf('agent'),
  resultOf('security'),
  resultOf('permission'),
  resultOf('connectivity'),
  // Added (issue 17): the idle test; without it an `--idle` run's first idle result was refused here.
  resultOf('idle'),
  resultOf('chromium'),
]);

/** Any check's result; narrow on `kind` to read its `detail`. */
export type CheckResult = z.infer<typeof checkResultSchema>;
/** The result of one check of kind K: `detail` is that kind's shape. */
export type CheckResultOf<K extends CheckKind> = Extract<CheckResult, { kind: K }>;

/**
 * A result of kind K, checked against its kind's schema. Code generic in the kind (the recorder, the
 * system runner) builds results here: TypeScript cannot tie `kind` to `detail` for a generic K, the
 * schema does, and a mismatch is a bug in a probe, so it throws.
 */
export function checkResultOf<K extends CheckKind>(
  result: CheckFields & { kind: K; detail?: DetailOf<K> | NotRunDetail },
): CheckResult {
  return checkResultSchema.parse(result);
}

/** The detail a check of kind K wrote; undefined for another kind, or for a check that did not run. */
export function detailOf<K extends CheckKind>(
  check: CheckResult | undefined,
  kind: K,
): DetailOf<K> | undefined {
  if (check?.kind !== kind) return undefined;
  const parsed = detailSchemas[kind].safeParse(check.detail);
  // Parsed by kind K's own schema, so it is K's detail: TypeScript widens a generic index to every kind's.
  return parsed.success ? (parsed.data as DetailOf<K>) : undefined;
}

/** Where a proxy choice came from (precedence: flag, env, system/pac, then Chromium's in the Electron app). */
export const proxySourceSchema = z.enum(['flag', 'env', 'system', 'pac', 'chromium', 'none']);
export type ProxySource = z.infer<typeof proxySourceSchema>;

export const proxyUsedSchema = z.object({
  /** The proxy URL with credentials removed, or null for direct. */
  url: z.string().nullable(),
  source: proxySourceSchema,
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
  catalog: catalogRefSchema.optional(),
  proxy: proxyUsedSchema.optional(),
  lang: langSchema.optional(),
  cancelled: z.boolean().optional(),
  notTested: z.array(z.string()).optional(),
  /** Added (issue 12): the data centre whose hosts were required, and what chose it. */
  dataCentre: z
    .object({
      /** null: every data centre's hosts were checked (`--all-regions`, or a catalog without regions). */
      region: z.string().nullable(),
      source: z.enum(['invitation', 'default', 'all']),
    })
    .optional(),
  /** Added (issue 15): what changed since the earlier run of the same question, when one is kept. */
  comparison: runComparisonSchema.optional(),
});
export type CheckRun = z.infer<typeof checkRunSchema>;

/** `ready` is false exactly when a required check failed; warn never makes it false. */
export function isReady(checks: readonly CheckResult[]): boolean {
  return !checks.some((c) => c.status === 'fail' && c.required !== false);
}
