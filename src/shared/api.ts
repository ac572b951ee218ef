import { z } from 'zod';
import { catalogRefSchema } from './catalog';
import { catalogCheckSchema } from './catalog-check-schemas';
import { checkRunSchema } from './check-result';
import { cleanupResultSchema, cleanupScanSchema } from './cleanup-schemas';
import {
  fixApplyResultSchema,
  fixPlanSchema,
  journalItemSchema,
  notRunEntrySchema,
} from './fixes-schemas';
import { fleetSummarySchema } from './fleet-schemas';
import { imeStatusSchema, linkValidationSchema, privacyWindowsSchema } from './join-schemas';
import { langSchema } from './lang';
import { pacAnswerSchema } from './pac-answer';
import {
  allowlistFormatSchema,
  exportedFileSchema,
  exportFormatSchema,
  reportExportParamsSchema,
  reportFileSchema,
} from './report-schemas';
import { checkGroupSchema } from './verdicts';
import { chromiumProbeResultSchema, chromiumTargetSchema } from './details/chromium-detail';
import { wizardStateSchema, wizardStepSchema } from './wizard-state';

const consent = z.literal(true, { error: 'this change needs the user’s consent (consent: true)' });
const runId = z.string().min(1).max(100);

/** Who may call a method: the wizard's page (Electron or browser mode), or the command line. */
export type Caller = 'page' | 'cli';

/**
 * The one method table: name → params schema → result schema, and who may call it (everyone unless
 * `callers` says otherwise). The preload, the WebSocket bridge, the clients and dispatch are all built
 * from it; a method without schemas does not compile.
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
      /**
       * Added (issue 12): the invitation's data centre, whose hosts are required (a validated link's
       * `dataCentre`); without it, the catalog's `defaultRegion`.
       */
      dataCentre: z.string().max(20).nullable().optional(),
      /** Added (issue 12): check every data centre's hosts (the others' only as warnings). */
      allRegions: z.boolean().optional(),
      /** Added (issue 17): the idle test, each required TLS session held silent this many seconds. */
      idleSeconds: z.number().int().min(1).max(600).optional(),
    }),
    result: checkRunSchema,
  },
  'checks.cancel': { params: z.object({ runId }), result: z.object({ cancelled: z.boolean() }) },
  /** Leaves a finished run in the data folder, for the next process (`allowlist` after `check`). */
  'checks.keep': {
    params: z.object({ runId }),
    result: z.object({ kept: z.boolean() }),
    callers: ['cli'],
  },
  'allowlist.get': {
    params: z.object({
      format: allowlistFormatSchema,
      lang: langSchema,
      /**
       * What the PAC answers for everything else; by default what this PC uses today (the proxy the last
       * run went through, DIRECT only when it went direct); a PAC with nothing to go by is refused.
       */
      pacFallback: pacAnswerSchema.optional(),
      /** Added (issue 15): the text leaves out the PC's name, addresses and proxy, as a redacted report does. */
      redact: z.boolean().optional(),
    }),
    result: exportedFileSchema,
  },
  /** What a PAC would answer for everything else by default: this PC's way out today, null when unknown. */
  'allowlist.pacDefault': {
    params: z.object({ lang: langSchema }),
    result: z.object({ today: pacAnswerSchema.nullable() }),
  },
  'report.export': { params: reportExportParamsSchema, result: reportFileSchema },
  /** Writes the report to a path the user typed (`--report FILE`): only the command line may. */
  'report.write': {
    params: z.object({
      path: z.string().min(1).max(4096),
      redact: z.boolean(),
      lang: langSchema,
      runId: runId.optional(),
    }),
    result: z.object({ path: z.string(), format: exportFormatSchema }),
    callers: ['cli'],
  },
  'fixes.plan': { params: z.object({ lang: langSchema }), result: fixPlanSchema },
  /** What the journal says Session Prep changed, without planning anything. */
  'fixes.journal': {
    params: z.object({ lang: langSchema }),
    result: z.object({
      journal: z.array(journalItemSchema),
      /** Added: entries that do not validate, each with the sentence that says it is not run. */
      notRun: z.array(notRunEntrySchema).optional(),
    }),
  },
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
  /** Reads a catalog file the user named and judges it by the schema and the catalog policy (the CLI's). */
  'catalog.check': {
    params: z.object({ path: z.string().min(1).max(4096), lang: langSchema }),
    result: catalogCheckSchema,
    callers: ['cli'],
  },
  /** Many result or report files into one fleet picture (`session-prep summarize`): paths the user typed. */
  'fleet.summarize': {
    params: z.object({
      paths: z.array(z.string().min(1).max(4096)).min(1).max(100_000),
      lang: langSchema,
    }),
    result: fleetSummarySchema,
    callers: ['cli'],
  },
  /**
   * Added (issue 17): what the page's own browser probes after a run (browser mode): the run's required
   * TLS hosts, the Node chain's own list, and the limit of each attempt.
   */
  'chromium.targets': {
    params: z.object({ runId, lang: langSchema }),
    result: z.object({
      targets: z.array(chromiumTargetSchema),
      timeoutMs: z.number().int().positive(),
    }),
    callers: ['page'],
  },
  /** Added (issue 17): the page's browser outcomes, which become the run's `chromium` checks. */
  'chromium.report': {
    params: z.object({
      runId,
      lang: langSchema,
      results: z.array(chromiumProbeResultSchema).max(500),
    }),
    result: checkRunSchema,
    callers: ['page'],
  },
  /** Added (issue 15): where the wizard was (step, language choice, its runs), so a reload keeps it. */
  'wizard.state': { params: z.object({}), result: wizardStateSchema, callers: ['page'] },
  /** Added (issue 15): the page says where the customer is; core keeps it in memory for `wizard.state`. */
  'wizard.remember': {
    params: z.object({ step: wizardStepSchema.optional(), lang: langSchema.optional() }),
    result: z.object({ remembered: z.boolean() }),
    callers: ['page'],
  },
  /**
   * Added (issue 15): follow a run another call started (a page before its reload): its events so far
   * and from now on come to this caller, and the run is the answer once it ends. Nothing is re-run.
   */
  'checks.follow': { params: z.object({ runId }), result: checkRunSchema, callers: ['page'] },
} as const satisfies Record<
  string,
  { params: z.ZodType; result: z.ZodType; callers?: readonly Caller[] }
>;

export type MethodName = keyof typeof methods;
export type ParamsOf<M extends MethodName> = z.input<(typeof methods)[M]['params']>;
export type ParsedParamsOf<M extends MethodName> = z.output<(typeof methods)[M]['params']>;
export type ResultOf<M extends MethodName> = z.output<(typeof methods)[M]['result']>;

/** The table seen per method, so that `methodSchemas[m].result` keeps the result type of a generic `m`. */
export const methodSchemas: {
  readonly [M in MethodName]: { readonly result: z.ZodType<ResultOf<M>> };
} = methods;

/** The methods the wizard's page may call: the preload exposes these, and dispatch refuses it the rest. */
export type PageMethodName = {
  [M in MethodName]: (typeof methods)[M] extends { callers: readonly (infer C)[] }
    ? 'page' extends C
      ? M
      : never
    : M;
}[MethodName];

export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}

/** Whether `caller` may call `method`. */
export function isCallableBy(method: MethodName, caller: Caller): boolean {
  const entry = methods[method];
  return !('callers' in entry) || entry.callers.some((c) => c === caller);
}

export function isPageMethod(method: MethodName): method is PageMethodName {
  return isCallableBy(method, 'page');
}

export const pageMethodNames: PageMethodName[] = methodNames.filter(isPageMethod);

/** The channel names both transports use. */
export const API_CHANNEL = 'session-prep:api';
export const EVENT_CHANNEL = 'session-prep:event';
