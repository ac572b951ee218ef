import { z } from 'zod';
import { catalogRefSchema } from './catalog';
import { checkRunSchema } from './check-result';
import { cleanupResultSchema, cleanupScanSchema } from './cleanup-schemas';
import { fixApplyResultSchema, fixPlanSchema } from './fixes-schemas';
import { imeStatusSchema, linkValidationSchema, privacyWindowsSchema } from './join-schemas';
import { langSchema } from './lang';
import type { Reply } from './reply';
import {
  allowlistFormatSchema,
  exportedFileSchema,
  reportExportParamsSchema,
  reportFileSchema,
} from './report-schemas';
import { checkGroupSchema } from './verdicts';

const consent = z.literal(true, { error: 'this change needs the user’s consent (consent: true)' });
const runId = z.string().min(1).max(100);

/**
 * The one method table: name → params schema → result schema. The preload, the WebSocket bridge,
 * the renderer and dispatch are all built from it; a method without schemas does not compile.
 */
export const methods = {
  'app.info': {
    params: z.object({}),
    result: z.object({
      version: z.string(),
      lang: langSchema,
      platform: z.string(),
      mode: z.enum(['electron', 'web']),
      catalog: catalogRefSchema,
    }),
  },
  'checks.run': {
    params: z.object({
      runId,
      lang: langSchema,
      groups: z.array(checkGroupSchema).optional(),
      /** Restrict the network checks to these hosts (e.g. one data centre's). */
      hosts: z.array(z.string()).optional(),
    }),
    result: checkRunSchema,
  },
  'checks.cancel': { params: z.object({ runId }), result: z.object({ cancelled: z.boolean() }) },
  'allowlist.get': {
    params: z.object({ format: allowlistFormatSchema, lang: langSchema }),
    result: exportedFileSchema,
  },
  'report.export': { params: reportExportParamsSchema, result: reportFileSchema },
  'fixes.plan': { params: z.object({ lang: langSchema }), result: fixPlanSchema },
  'fixes.apply': {
    params: z.object({ ids: z.array(z.string()).min(1), consent, lang: langSchema }),
    result: fixApplyResultSchema,
  },
  'fixes.undo': { params: z.object({ consent, lang: langSchema }), result: fixApplyResultSchema },
  'link.validate': {
    params: z.object({ text: z.string().max(4096), lang: langSchema }),
    result: linkValidationSchema,
  },
  'session.open': {
    params: z.object({ text: z.string().max(4096), privacyConfirmed: consent, lang: langSchema }),
    result: z.object({ opened: z.boolean(), url: z.string() }),
  },
  'privacy.windows': { params: z.object({ lang: langSchema }), result: privacyWindowsSchema },
  'privacy.minimise': {
    params: z.object({ lang: langSchema }),
    result: z.object({ minimised: z.boolean(), message: z.string() }),
  },
  'ime.status': { params: z.object({ lang: langSchema }), result: imeStatusSchema },
  'ime.enable': { params: z.object({ consent, lang: langSchema }), result: imeStatusSchema },
  'cleanup.scan': { params: z.object({ lang: langSchema }), result: cleanupScanSchema },
  'cleanup.run': {
    params: z.object({ ids: z.array(z.string()).min(1), consent, lang: langSchema }),
    result: cleanupResultSchema,
  },
} as const satisfies Record<string, { params: z.ZodType; result: z.ZodType }>;

export type MethodName = keyof typeof methods;
export type ParamsOf<M extends MethodName> = z.input<(typeof methods)[M]['params']>;
export type ParsedParamsOf<M extends MethodName> = z.output<(typeof methods)[M]['params']>;
export type ResultOf<M extends MethodName> = z.output<(typeof methods)[M]['result']>;

/** What the renderer sees, whether through the preload or the WebSocket bridge. */
export type Api = { [M in MethodName]: (params: ParamsOf<M>) => Promise<Reply<ResultOf<M>>> };

export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}

/** The channel names both transports use. */
export const API_CHANNEL = 'session-prep:api';
export const EVENT_CHANNEL = 'session-prep:event';
