import { z } from 'zod';

/**
 * Which Chromium made a `chromium:HOST:PORT` check (issue 17): the customer's own browser, from the
 * wizard's page in browser mode, or the Electron shell's session (its proxy resolution and certificate
 * verifier) in the app.
 */
export const chromiumStackSchema = z.enum(['browser-page', 'electron-session']);
export type ChromiumStack = z.infer<typeof chromiumStackSchema>;

/** What the browser said about an error, exactly as given: a page sees little ("TypeError", "Failed to fetch"). */
const browserError = {
  /** e.g. `TypeError`, `AbortError`, or Electron's `net::ERR_PROXY_CONNECTION_FAILED`. */
  errorName: z.string().max(200).optional(),
  errorMessage: z.string().max(500).optional(),
};
const elapsedMs = z.number().nonnegative().max(600_000);

/**
 * The TLS fetch of `https://HOST:PORT/`: in a page `no-cors`, so an answer is `opaque` (TLS and HTTP
 * reached, nothing more visible); Electron's `net.fetch` sees the `response` and its status.
 */
export const chromiumFetchSchema = z.strictObject({
  url: z.string().max(2100),
  outcome: z.enum(['opaque', 'response', 'error', 'timeout']),
  status: z.number().int().min(0).max(999).optional(),
  ...browserError,
  ms: elapsedMs,
});
export type ChromiumFetch = z.infer<typeof chromiumFetchSchema>;

/**
 * The WebSocket to the catalog's path: `open` when the browser opened it; `closed` when it closed
 * before opening (a page then sees only the close code, 1006 for every network failure and refusal alike).
 */
export const chromiumWebSocketSchema = z.strictObject({
  url: z.string().max(2100),
  outcome: z.enum(['open', 'closed', 'timeout']),
  closeCode: z.number().int().min(0).max(4999).optional(),
  closeReason: z.string().max(200).optional(),
  ...browserError,
  ms: elapsedMs,
});
export type ChromiumWebSocket = z.infer<typeof chromiumWebSocketSchema>;

/** Chromium's own proxy answer (PAC form, "PROXY h:p; DIRECT"), per scheme: only the Electron session can ask. */
export const chromiumProxySchema = z.strictObject({
  https: z.string().max(1000),
  wss: z.string().max(1000).optional(),
});

/** The `detail` of a `chromium` check: which stack, and what each attempt gave. */
export const chromiumDetailSchema = z
  .strictObject({
    stack: chromiumStackSchema,
    fetch: chromiumFetchSchema,
    websocket: chromiumWebSocketSchema.optional(),
    proxy: chromiumProxySchema.optional(),
  })
  .meta({ id: 'ChromiumDetail' });
export type ChromiumDetail = z.infer<typeof chromiumDetailSchema>;

/** One host's raw outcome as a stack reports it (`chromium.report`): the detail without the stack. */
export const chromiumProbeResultSchema = z.strictObject({
  host: z.string().min(1).max(253),
  port: z.number().int().min(1).max(65535),
  fetch: chromiumFetchSchema,
  websocket: chromiumWebSocketSchema.optional(),
  proxy: chromiumProxySchema.optional(),
});
export type ChromiumProbeResult = z.infer<typeof chromiumProbeResultSchema>;

/** What a stack probes for one required host: the Node chain's own list (its `tls:` checks). */
export const chromiumTargetSchema = z.strictObject({
  host: z.string(),
  port: z.number().int(),
  /** The catalog's WebSocket path for the host, when it has one. */
  websocketPath: z.string().optional(),
  required: z.boolean(),
});
export type ChromiumTarget = z.infer<typeof chromiumTargetSchema>;
