import { z } from 'zod';
import { rawErrorSchema } from './raw-error';

/**
 * The idle test (issue 17, `idle:HOST:PORT`): an established TLS session held silent for `heldSeconds`,
 * then asked for data. A cut names the second it died and who cut it: `reset` (RST), `closed` (the far
 * end closed it), `silence` (nothing came back to the data sent afterwards).
 */
export const idleDetailSchema = z.strictObject({
  /** The silence asked for (`--idle SECONDS`). */
  heldSeconds: z.number().int().min(1).max(600),
  /** What the data sent after the silence was: an HTTP request on the TLS session. */
  probe: z.literal('http'),
  /** Seconds from the start of the silence to the cut (one decimal). */
  diedAtSeconds: z.number().nonnegative().optional(),
  cutBy: z.enum(['reset', 'closed', 'silence']).optional(),
  error: rawErrorSchema.optional(),
});
export type IdleDetail = z.infer<typeof idleDetailSchema>;
