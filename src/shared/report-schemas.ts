import { z } from 'zod';
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
