import { z } from 'zod';
import { catalogRefSchema } from './catalog';
import { checkRunSchema, proxyUsedSchema } from './check-result';
import { appliedFixSchema } from './fixes-schemas';
import { langSchema } from './lang';

export const exportFormatSchema = z.enum(['json', 'html']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** A file for the user to save: the content travels, the front door decides how it is saved. */
export const exportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

export const allowlistFormatSchema = z.enum(['text', 'json', 'pac', 'squid']);
export type AllowlistFormat = z.infer<typeof allowlistFormatSchema>;

export const reportExportParamsSchema = z.object({
  format: exportFormatSchema,
  redact: z.boolean(),
  lang: langSchema,
  /** The run to report on; the last run of this process when absent. */
  runId: z.string().optional(),
});

/** How many distinct values of each kind the redaction replaced by placeholders (`<user-1>`, `<ip-2>`…). */
export const redactionCountsSchema = z.object({
  user: z.number().int().nonnegative(),
  host: z.number().int().nonnegative(),
  ip: z.number().int().nonnegative(),
  mac: z.number().int().nonnegative(),
  email: z.number().int().nonnegative(),
  key: z.number().int().nonnegative(),
  /** Added: the PC's DNS domain (`corp.example.local`), in host names too. */
  domain: z.number().int().nonnegative().optional(),
  credential: z.number().int().nonnegative(),
});
export type RedactionCounts = z.infer<typeof redactionCountsSchema>;

/** A report file, with what the redaction hid in it (absent when nothing was redacted). */
export const reportFileSchema = exportedFileSchema.extend({
  redactions: redactionCountsSchema.optional(),
});
export type ReportFile = z.infer<typeof reportFileSchema>;

/**
 * The diagnostic report (issue 6): the check-result document of ARCHITECTURE.md, unchanged, plus what a
 * support engineer needs around it. schemas/report.schema.json is generated from this schema.
 */
export const reportDocumentSchema = checkRunSchema
  .extend({
    reportVersion: z.literal(1),
    generatedAt: z.string(),
    /** The language of the report's own words; `lang` stays the language of the checks' messages. */
    reportLang: langSchema,
    /** Whether personal data was replaced by placeholders; proxy credentials are removed either way. */
    redacted: z.boolean(),
    redactions: redactionCountsSchema,
    /** Added: what a redacted report still shows, in the report's language (issue 14). */
    visibleAfterRedaction: z.array(z.string()).optional(),
    /** The catalog the checks used; null when the run did not say. */
    catalog: catalogRefSchema.nullable(),
    /** The proxy path used; null when the run did not say. */
    proxy: proxyUsedSchema.nullable(),
    fixesApplied: z.array(appliedFixSchema),
    /** What could not be tested, and why: the run's own list plus the checks that did not run. */
    untested: z.array(z.object({ id: z.string().optional(), reason: z.string() })),
    /** Added (issue 15): the request for IT as plain text, in the report's language, redacted with it. */
    itRequest: z.string().optional(),
  })
  .meta({
    title: 'Session Prep diagnostic report',
    description: 'The check result of a Session Prep run, with its context.',
  });
export type ReportDocument = z.infer<typeof reportDocumentSchema>;
