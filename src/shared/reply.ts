import { z } from 'zod';

export const problemCodeSchema = z.enum([
  'unknown_method',
  'bad_params',
  'bad_sender',
  'bad_reply',
  'bad_catalog',
  'refused',
  'unsupported',
  'not_found',
  'cancelled',
  'failed',
  'internal',
]);
export type ProblemCode = z.infer<typeof problemCodeSchema>;

export const problemSchema = z.object({
  code: problemCodeSchema,
  message: z.string(),
  /** Where the input was wrong, e.g. ["endpoints", 0, "host"] and what was expected. */
  issues: z
    .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
    .optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export type Reply<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export function replySchema<T extends z.ZodType>(value: T) {
  return z.union([
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), problem: problemSchema }),
  ]);
}

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function refused(
  code: ProblemCode,
  message: string,
  issues?: Problem['issues'],
): Reply<never> {
  return { ok: false, problem: issues ? { code, message, issues } : { code, message } };
}

/** Turns zod issues into the path + expectation list a person can act on. */
export function issuesOf(error: z.ZodError): NonNullable<Problem['issues']> {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
  }));
}
