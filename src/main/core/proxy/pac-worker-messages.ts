import { z } from 'zod';

/** What a PAC thread starts with: the script and the limits it runs under. */
export const pacWorkerDataSchema = z.object({
  text: z.string(),
  /** Longest the script may run without yielding (a DNS function's wait does not count). */
  sliceLimitMs: z.number().int().positive(),
  /** The QuickJS heap: an allocation past it fails inside the script, as "out of memory". */
  memoryLimitBytes: z.number().int().positive(),
});
export type PacWorkerData = z.infer<typeof pacWorkerDataSchema>;

/** One question to the thread: FindProxyForURL(url, host). */
export const pacQuestionSchema = z.object({
  id: z.number().int().positive(),
  url: z.string(),
  host: z.string(),
});
export type PacQuestion = z.infer<typeof pacQuestionSchema>;

/** What the thread says: that the script loaded (or why not), then one answer or error per question. */
export const pacReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('loadFailed'), error: z.string() }),
  z.object({ type: z.literal('answer'), id: z.number().int().positive(), answer: z.string() }),
  z.object({ type: z.literal('failed'), id: z.number().int().positive(), error: z.string() }),
]);
export type PacReply = z.infer<typeof pacReplySchema>;
