import { z } from 'zod';
import { problemSchema } from './reply';

/** What the WebSocket bridge carries; both ends parse every message with these before trusting it. */
export const callIdSchema = z.number().int().nonnegative();

/** Page → host: one API call. The method is checked against the table by dispatch, not here. */
export const bridgeCallSchema = z.object({
  id: callIdSchema,
  method: z.string().max(100),
  params: z.unknown(),
});
export type BridgeCall = z.infer<typeof bridgeCallSchema>;

/** Host → page: the reply to call `id` (null when the call itself could not be read), or an event. */
export const bridgeReplySchema = z.object({
  id: callIdSchema.nullable(),
  reply: z.union([
    z.object({ ok: z.literal(true), value: z.unknown() }),
    z.object({ ok: z.literal(false), problem: problemSchema }),
  ]),
});
export type BridgeReply = z.infer<typeof bridgeReplySchema>;
export const bridgeEventSchema = z.object({ event: z.string(), payload: z.unknown() });
export const bridgeServerMessageSchema = z.union([bridgeReplySchema, bridgeEventSchema]);
export type BridgeServerMessage = z.infer<typeof bridgeServerMessageSchema>;

/** The path of the WebSocket endpoint on the browser-mode host. */
export const BRIDGE_PATH = '/bridge';

/** Where the page trades the one-time launch code of its address for its page secret (POST, JSON). */
export const SESSION_PATH = '/session';

/** The WebSocket subprotocol of the bridge; the page secret travels as a second one, `sp.SECRET`. */
export const BRIDGE_PROTOCOL = 'session-prep';
export const SECRET_PROTOCOL_PREFIX = 'sp.';

/** Page → host on SESSION_PATH, and the answer. */
export const sessionTradeSchema = z.object({ launch: z.string().min(1).max(200) });
export const sessionSecretSchema = z.object({ secret: z.string().min(1).max(200) });
