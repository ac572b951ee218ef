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

/** Which store makes the chain's root trusted: the public list, the OS's own store, or `--ca`. */
export const trustedBySchema = z.enum(['public', 'os', 'ca']);
export type TrustedBy = z.infer<typeof trustedBySchema>;

/** The certificate a chain ends at. */
export const trustedRootSchema = z
  .strictObject({
    subject: z.string(),
    fingerprint256: z.string(),
    /** null: no trusted store holds it (the chain is not trusted). */
    trustedBy: trustedBySchema.nullable(),
    /** Where the OS store got it: Windows `machine`, `user`, `group-policy`, `enterprise`; macOS `admin`, `user`, `system`. */
    origin: z.string().optional(),
  })
  .meta({ id: 'TrustedRoot' });
export type TrustedRoot = z.infer<typeof trustedRootSchema>;

/** Who decrypts the connection: `{ product, matchedBy, issuer, root }` of ARCHITECTURE.md. */
export const interceptionSchema = z
  .strictObject({
    /** The product's name ("Zscaler"), or null: an SSL-inspection device no pattern names. */
    product: z.string().nullable(),
    /** What named it: the leaf's issuer, another certificate of the chain, or nothing. */
    matchedBy: z.enum(['issuer', 'chain', 'none']),
    /** The leaf certificate's issuer. */
    issuer: z.string(),
    /** The subject of the root the chain ends at. */
    root: z.string(),
    /** Our id of the product (the key of its wording), when named. */
    productId: z.string().optional(),
    /** The certificate field that matched, e.g. "O=Zscaler Inc.". */
    pattern: z.string().optional(),
  })
  .meta({ id: 'Interception' });
export type Interception = z.infer<typeof interceptionSchema>;

/** The stores a TLS verdict was judged against, so "untrusted" reads right on a PC whose store could not be read. */
export const trustStoresSchema = z.strictObject({
  /** Node's bundled list, or the file of SESSION_PREP_PUBLIC_ROOTS. */
  public: z.enum(['bundled', 'file']),
  publicRoots: z.number().int(),
  /** How the OS store was read: the runtime's own API, the Linux bundle, Windows' stores, macOS's keychains, or not at all. */
  os: z.enum(['runtime', 'linux-bundle', 'windows', 'macos', 'none']),
  osRoots: z.number().int(),
  /** Certificates given with --ca. */
  extraRoots: z.number().int(),
  /** Why the OS store could not be read (fully), if it could not. */
  osError: z.string().optional(),
});
export type TrustStores = z.infer<typeof trustStoresSchema>;

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
  // Added (issue 12): trust is decided by the root the chain ends at, not by the issuer's name.
  /** Where the chain ends, and which store made it trusted. */
  root: trustedRootSchema.optional(),
  /** The SSL-inspection product named from the chain (tls_intercepted; tls_untrusted when a pattern matches). */
  interception: interceptionSchema.optional(),
  /** A genuine (public) chain whose issuer the catalog does not expect: advice, never a failure. */
  issuerNote: z.strictObject({ issuer: z.string(), expected: z.array(z.string()) }).optional(),
  /** The trust stores the chain was judged against. */
  trust: trustStoresSchema.optional(),
});
export type TlsDetail = z.infer<typeof tlsDetailSchema>;

/** The WebSocket upgrade: the path asked, and the answer when it was not 101. */
export const websocketDetailSchema = z.strictObject({
  path: z.string().optional(),
  /** The subprotocol agreed, if any. */
  protocol: z.string().optional(),
  response: httpResponseSchema.optional(),
  error: rawErrorSchema.optional(),
  // Added (issue 12): what an answer proves depends on whether the TLS session was end to end.
  /** genuine: the vendor's own certificate chain (nothing on the way can read or change the upgrade). */
  session: z.enum(['genuine', 'intercepted']).optional(),
  /** The device that answered instead of the vendor, when the session was intercepted. */
  device: z.string().optional(),
  /** The answer's marks of a device: `Via`, a proxy's `Server`, its error headers or page. */
  signature: z.array(z.string()).optional(),
  /** Whether the catalog marks the WebSocket path as confirmed by the vendor. */
  pathVerified: z.boolean().optional(),
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

/** One network interface with an address (loopback left out). */
export const networkInterfaceSchema = z.strictObject({
  name: z.string(),
  addresses: z.array(z.string()),
});

/** A default route the OS's table holds. */
export const defaultRouteSchema = z.strictObject({
  family: z.enum(['ipv4', 'ipv6']),
  gateway: z.string().optional(),
  interface: z.string().optional(),
});

/** The OS's own connectivity state: Windows' network profiles, NetworkManager, macOS's primary service. */
export const osConnectivitySchema = z.strictObject({
  source: z.enum(['windows-profile', 'networkmanager', 'macos-nwi']),
  /** null: the OS could not tell (the tool is missing or not running). */
  isConnected: z.boolean().nullable(),
  /** The OS's own words: `IPv4Connectivity : Internet`, `connected (site only)`, `REACH : Reachable`. */
  state: z.string().optional(),
  /** Windows: each connection profile. */
  profiles: z
    .array(
      z.strictObject({
        name: z.string(),
        interface: z.string(),
        ipv4: z.string(),
        ipv6: z.string(),
      }),
    )
    .optional(),
  /** macOS: the primary interface for each family. */
  primary: z.array(z.string()).optional(),
});
export type OsConnectivity = z.infer<typeof osConnectivitySchema>;

/**
 * The connectivity check (issue 12): interfaces, default routes, DNS servers and the OS's own state. It runs
 * before every vendor chain; when it fails, they are skipped with its reason.
 */
export const connectivityDetailSchema = z.strictObject({
  interfaces: z.array(networkInterfaceSchema).optional(),
  /** Whether the OS has a route out, per family: a UDP connect to a documentation address (no packet is sent). */
  routeOut: z.strictObject({ ipv4: z.boolean(), ipv6: z.boolean() }).optional(),
  defaultRoutes: z.array(defaultRouteSchema).optional(),
  dnsServers: z.array(z.string()).optional(),
  os: osConnectivitySchema.optional(),
  /** What could not be read, by source, so an empty list is not mistaken for "none". */
  errors: z.array(z.strictObject({ source: z.string(), message: z.string() })).optional(),
});
export type ConnectivityDetail = z.infer<typeof connectivityDetailSchema>;
