import { z } from 'zod';
import { checkResultSchema, targetSchema } from './check-result';
import { checkKindSchema } from './verdicts';

export const checkEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('check.started'),
    runId: z.string(),
    id: z.string(),
    kind: checkKindSchema,
    target: targetSchema.optional(),
  }),
  z.object({ type: z.literal('check.finished'), runId: z.string(), result: checkResultSchema }),
  z.object({
    type: z.literal('bandwidth.sampled'),
    runId: z.string(),
    bytes: z.number(),
    elapsedMs: z.number(),
    rateKbps: z.number(),
  }),
  /**
   * Added (issue 15): how many network and bandwidth checks (the connectivity check, each host's DNS,
   * every port's chain, the bandwidth test) this run will report, announced before any starts, for a
   * progress bar with a maximum. A PAC failure or a proxy check can add a few: readers take the larger of
   * this and what they have seen. System checks are not counted.
   */
  z.object({
    type: z.literal('run.planned'),
    runId: z.string(),
    expected: z.number().int().min(0),
  }),
  z.object({
    type: z.literal('run.finished'),
    runId: z.string(),
    ready: z.boolean(),
    cancelled: z.boolean(),
  }),
  /**
   * Added (issue 17): how long the idle test (`idleSeconds`) has held a connection silent so far, at
   * most one a second per run: of the holds running, the one with the most seconds left.
   */
  z.object({
    type: z.literal('idle.progress'),
    runId: z.string(),
    checkId: z.string(),
    heldSeconds: z.number().int().min(0).max(600),
    ofSeconds: z.number().int().min(1).max(600),
  }),
]);
export type CheckEvent = z.infer<typeof checkEventSchema>;

/** Every event a front door forwards to the renderer, by name (`area.happened`). */
export const eventSchemas = {
  'checks.progressed': checkEventSchema,
} as const;
export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;

/** The events seen per name, so that `typedEventSchemas[e]` keeps the payload type of a generic `e`. */
export const typedEventSchemas: { readonly [E in EventName]: z.ZodType<EventPayload<E>> } =
  eventSchemas;

export const eventNames = Object.keys(eventSchemas) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(eventSchemas, name);
}
