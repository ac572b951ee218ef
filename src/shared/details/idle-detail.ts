import { z } from 'zod';
import { rawErrorSchema } from './raw-error';

/**
 * The idle test (issue 17, `idle:HOST:PORT`): an established connection held silent for `heldSeconds`,
 * then asked for data. A cut names the second it died and who cut it: `reset` (RST), `closed` (the far
 * end closed it), `silence` (nothing came back to the data sent afterwards).
 */
export const idleDetailSchema = z.strictObject({
  /** The silence asked for (`--idle SECONDS`). */
  heldSeconds: z.number().int().min(1).max(600),
  /**
   * What the data sent after the silence was: an HTTP request on the TLS session, or (added) a WebSocket
   * ping, whose pong is the proof.
   */
  probe: z.enum(['http', 'ping']),
  /**
   * Added: which connection was held: the WebSocket the websocket step opened (101), or the TLS session
   * (a port without a WebSocket path, or one whose upgrade got no 101: `websocketStatus` says what).
   */
  held: z.enum(['tls', 'websocket']).optional(),
  /** Added: the answer to the upgrade when it was not 101, so a fresh TLS session was held instead. */
  websocketStatus: z.number().int().optional(),
  /** Seconds from the start of the silence to the cut (one decimal). */
  diedAtSeconds: z.number().nonnegative().optional(),
  cutBy: z.enum(['reset', 'closed', 'silence']).optional(),
  /** Added: a WebSocket closed from the far end: its close code (1006: no close frame, the TCP closed). */
  closeCode: z.number().int().optional(),
  closeReason: z.string().max(200).optional(),
  error: rawErrorSchema.optional(),
});
export type IdleDetail = z.infer<typeof idleDetailSchema>;
