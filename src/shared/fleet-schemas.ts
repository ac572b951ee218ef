import { z } from 'zod';
import { certificateSummarySchema } from './details/certificate';
import { osFactsSchema } from './details/system-details';
import { langSchema } from './lang';
import { statusSchema, verdictSchema, type Verdict } from './verdicts';

// `session-prep summarize`: many result or report files in, one picture of a fleet out. The files come from
// hundreds of PCs, possibly from several versions of the tool, and may be anything: they are untrusted.

/** A verdict as a file may spell it: one of ours, or a newer tool's (counted under its own id). */
const verdictIdSchema = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);

/** Whether an id is a verdict this version knows (and can name in words). */
export function isKnownVerdict(id: string): id is Verdict {
  return verdictSchema.safeParse(id).success;
}

/**
 * What summarize reads of one check: the contract's common fields (check-result.ts), bounded. `detail` is
 * read only where the summary uses it, with the schemas below; a newer tool's kinds, verdicts and detail
 * fields are compatible additions (docs/ARCHITECTURE.md), so they do not make a file unreadable.
 */
export const fleetCheckViewSchema = z.object({
  id: z.string().min(1).max(600),
  kind: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/),
  target: z
    .object({ host: z.string().max(300), port: z.number().int().min(0).max(65535).optional() })
    .optional(),
  status: statusSchema,
  verdict: verdictIdSchema,
  required: z.boolean().optional(),
  detail: z.unknown().optional(),
});
export type FleetCheckView = z.infer<typeof fleetCheckViewSchema>;

/** What summarize reads of a result document (check-result.ts) or a report (report-schemas.ts, a superset). */
export const fleetRunViewSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('session-prep'), version: z.string().max(64) }),
  startedAt: z.iso.datetime({ offset: true }),
  ready: z.boolean(),
  cancelled: z.boolean().optional(),
  system: z.record(z.string(), z.unknown()),
  checks: z.array(fleetCheckViewSchema).max(5000),
  /** Reports only: whether personal data (the PC's name too) was replaced by placeholders. */
  redacted: z.boolean().optional(),
});
export type FleetRunView = z.infer<typeof fleetRunViewSchema>;

/** The PC's name, as the run recorded it (`system.hostname`). */
export const fleetHostnameSchema = z.string().min(1).max(253);

/** The OS as the run's system facts say: `name` of osFactsSchema ("Windows 11 23H2"), other fields ignored. */
export const fleetOsViewSchema = z.object({
  name: osFactsSchema.shape.name.min(1).max(200),
});

/**
 * `detail.interception` of a tls_intercepted check (contract addition: `{ product, matchedBy, issuer,
 * root }`): only what the summary shows, each part optional, so an older or newer shape still counts.
 */
export const fleetInterceptionViewSchema = z.object({
  product: z.string().min(1).max(200).nullish(),
  issuer: z.string().max(1000).optional(),
});

/** The certificate a tls_* check saw: its issuer names the inspecting device when no product is named. */
export const fleetCertificateViewSchema = z.object({
  certificate: z.object({ issuer: certificateSummarySchema.shape.issuer.max(1000) }),
});

export const fleetFormatSchema = z.enum(['text', 'json', 'csv']);
export type FleetFormat = z.infer<typeof fleetFormatSchema>;

const pcNames = z.array(z.string());

/** One PC's latest run, as the summary lists it. */
export const fleetPcSchema = z.object({
  pc: z.string(),
  file: z.string(),
  startedAt: z.string(),
  ready: z.boolean(),
  cancelled: z.boolean(),
  os: z.string().nullable(),
  toolVersion: z.string(),
  /** The verdicts of its failed or warned checks, worst first. */
  causes: z.array(z.string()),
  /** Those that make it not ready (a required check failed). */
  blocking: z.array(z.string()),
  interception: z.array(z.string()),
  /** How many runs of this PC the files held (duplicates of one run count once). */
  runs: z.number().int().positive(),
});
export type FleetPc = z.infer<typeof fleetPcSchema>;

/** A change between the two latest runs of one PC. */
export const fleetChangeSchema = z.object({
  pc: z.string(),
  before: z.object({ file: z.string(), startedAt: z.string(), ready: z.boolean() }),
  after: z.object({ file: z.string(), startedAt: z.string(), ready: z.boolean() }),
  /** Causes the earlier run had and the later one has not. */
  gone: z.array(z.string()),
  /** Causes the later run has and the earlier one had not. */
  appeared: z.array(z.string()),
});
export type FleetChange = z.infer<typeof fleetChangeSchema>;

/** `session-prep summarize --format json`: the whole fleet picture. */
export const fleetSummarySchema = z.object({
  summaryVersion: z.literal(1),
  generatedAt: z.string(),
  lang: langSchema,
  files: z.object({ read: z.number().int(), skipped: z.number().int() }),
  pcs: z.object({
    total: z.number().int(),
    ready: z.number().int(),
    notReady: z.number().int(),
  }),
  /** Worst first: by how many PCs it stops, then how many PCs have it. */
  byCause: z.array(
    z.object({
      verdict: z.string(),
      pcs: z.number().int(),
      /** PCs for which this cause is (one of) why they are not ready. */
      blocking: z.number().int(),
      pcNames,
      /** Where it happens: "host:port" of the checks with this verdict (or the check id without a target). */
      targets: z.array(z.string()),
    }),
  ),
  byInterception: z.array(
    z.object({
      /** The product issue 12's detection names; null when none was named (the issuer tells then). */
      product: z.string().nullable(),
      issuers: z.array(z.string()),
      pcs: z.number().int(),
      pcNames,
    }),
  ),
  byOs: z.array(
    z.object({
      os: z.string().nullable(),
      pcs: z.number().int(),
      ready: z.number().int(),
    }),
  ),
  changed: z.array(fleetChangeSchema),
  pcList: z.array(fleetPcSchema),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** Skipped files beyond those listed (the list keeps the first 1000). */
  skippedNotListed: z.number().int(),
});
export type FleetSummary = z.infer<typeof fleetSummarySchema>;
