import { z } from 'zod';
import { certificateSummarySchema } from './certificate';
import { httpResponseSchema } from './http-response';
import { rawErrorSchema } from './raw-error';

// One strict object per kind: every field a probe of that kind may write, each optional where some
// outcomes lack it. Strict, so a shape no probe makes (`{ statusCode }` on an http check) is refused.

const addresses = z.array(z.string());

/** The DNS answer: what the OS resolver (or the servers asked directly) said, and its errors. */
// Fields are in the order the probes write them: a parse puts a detail's keys in its schema's order.
export const dnsDetailSchema = z.strictObject({
  /** The host is an IP literal: nothing was resolved. */
  literal: z.boolean().optional(),
  resolver: z.enum(['os', 'direct']).optional(),
  /** The servers asked directly (the lab's, or the PC's to refine a failure). */
  servers: addresses.optional(),
  errors: z.array(rawErrorSchema).optional(),
  /** The OS resolver's own error. */
  error: rawErrorSchema.optional(),
  /** The direct query made after the OS resolver failed, to tell why. */
  direct: z
    .strictObject({ servers: addresses, addresses, errors: z.array(rawErrorSchema) })
    .optional(),
  addresses: addresses.optional(),
});
export type DnsDetail = z.infer<typeof dnsDetailSchema>;

/** How a connection went through a proxy: the proxy (credentials removed) and its answer. */
export const proxyPathFields = {
  /** The proxy's URL without credentials. */
  proxy: z.string().optional(),
  /** "CONNECT" for a tunnel. */
  via: z.literal('CONNECT').optional(),
  /** Whether the proxy itself could be spoken to. */
  reachedProxy: z.boolean().optional(),
  /** The proxy's answer to CONNECT. */
  response: httpResponseSchema.optional(),
};

/** A CONNECT tunnel through the proxy (the tcp step behind a proxy). */
export const tunnelDetailSchema = z.strictObject({
  ...proxyPathFields,
  error: rawErrorSchema.optional(),
});
export type TunnelDetail = z.infer<typeof tunnelDetailSchema>;

/** A connection to the proxy itself (`proxy:HOST:PORT`, and plain HTTP through a proxy). */
export const proxyConnectDetailSchema = z.strictObject({
  proxy: z.string().optional(),
  /** The proxy's address, once connected. */
  address: z.string().optional(),
  error: rawErrorSchema.optional(),
});
export type ProxyConnectDetail = z.infer<typeof proxyConnectDetailSchema>;

/** The tcp step: each address tried (happy eyeballs), or, through a proxy, the tunnel or the proxy connection. */
export const tcpDetailSchema = z.strictObject({
  attempts: z
    .array(
      z.strictObject({
        address: z.string(),
        error: rawErrorSchema.optional(),
        pending: z.boolean().optional(),
      }),
    )
    .optional(),
  elapsedMs: z.number().optional(),
  ...proxyPathFields,
  /** The address connected to (direct), or the proxy's (plain HTTP through a proxy). */
  address: z.string().optional(),
  localPort: z.number().optional(),
  response: httpResponseSchema.optional(),
  error: rawErrorSchema.optional(),
});
export type TcpDetail = z.infer<typeof tcpDetailSchema>;

/** The TLS handshake: the certificate seen and its chain, leaf first, and why it is not trusted. */
export const tlsDetailSchema = z.strictObject({
  certificate: certificateSummarySchema.optional(),
  chain: z.array(certificateSummarySchema).optional(),
  protocol: z.string().nullable().optional(),
  cipher: z.string().optional(),
  /** The SNI sent; null for an IP host (no SNI). */
  servername: z.string().nullable().optional(),
  /** OpenSSL's verdict on the chain (CERT_HAS_EXPIRED, UNABLE_TO_VERIFY_LEAF_SIGNATURE…). */
  authorizationError: rawErrorSchema.optional(),
  /** The host name check's error (ERR_TLS_CERT_ALTNAME_INVALID). */
  nameError: rawErrorSchema.optional(),
  /** The handshake's own error, when there was no certificate to judge. */
  error: rawErrorSchema.optional(),
});
export type TlsDetail = z.infer<typeof tlsDetailSchema>;

/** The WebSocket upgrade: the path asked, and the answer when it was not 101. */
export const websocketDetailSchema = z.strictObject({
  path: z.string().optional(),
  /** The subprotocol agreed, if any. */
  protocol: z.string().optional(),
  response: httpResponseSchema.optional(),
  error: rawErrorSchema.optional(),
});
export type WebsocketDetail = z.infer<typeof websocketDetailSchema>;

/** The plain-HTTP GET: what was asked, and the HTTP response (its status decides the verdict). */
export const httpDetailSchema = z.strictObject({
  /** "/" direct, or the absolute URI sent to a proxy. */
  request: z.string().optional(),
  response: httpResponseSchema.optional(),
  error: rawErrorSchema.optional(),
});
export type HttpDetail = z.infer<typeof httpDetailSchema>;

/** Why a PAC script could not be loaded: the fetch's error code or HTTP status. */
export const pacLoadFailureSchema = z.strictObject({
  code: z.string().nullable().optional(),
  status: z.number().int().optional(),
});
export type PacLoadFailure = z.infer<typeof pacLoadFailureSchema>;

/** One WPAD URL tried, in order. */
export const wpadAttemptSchema = z
  .strictObject({
    url: z.string(),
    outcome: z.enum(['found', 'not_resolved', 'not_fetched', 'not_runnable']),
    reason: z.string().optional(),
  })
  .meta({ id: 'WpadAttempt' });
export type WpadAttempt = z.infer<typeof wpadAttemptSchema>;

/** What "detect settings automatically" found: the script's URL, or the names tried. */
export const wpadSearchSchema = z.strictObject({
  url: z.string().optional(),
  found: z.boolean().optional(),
  suffixes: z.array(z.string()).optional(),
  tried: z.array(wpadAttemptSchema),
  summary: z.string().optional(),
});

/** Where a proxy setting came from: the OS setting read (wininet, macos, gnome…) and WPAD. */
export const proxyOriginFields = {
  origin: z.string().optional(),
  autoDetect: z.boolean().optional(),
  wpad: wpadSearchSchema.optional(),
};

/** A `pac_failed` decision: which script, where it came from, and what went wrong. */
export const pacFailureSchema = z
  .strictObject({
    pacUrl: z.string().optional(),
    ...proxyOriginFields,
    stage: z.enum(['fetch', 'run']).optional(),
    reason: z.string().optional(),
    ...pacLoadFailureSchema.shape,
    /** The URL Chromium was asked about, when its own resolution failed. */
    url: z.string().optional(),
    /** The resolver threw: a bug, reported on the hosts it concerns. */
    thrown: z.boolean().optional(),
  })
  .meta({ id: 'PacFailure' });
export type PacFailure = z.infer<typeof pacFailureSchema>;

/** The proxy checks: `proxy:HOST:PORT` (does the proxy answer) and `proxy:pac:HOST` (a PAC failure). */
export const proxyDetailSchema = z.strictObject({
  ...proxyConnectDetailSchema.shape,
  ...pacFailureSchema.shape,
});
export type ProxyDetail = z.infer<typeof proxyDetailSchema>;
