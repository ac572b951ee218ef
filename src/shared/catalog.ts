import { z } from 'zod';

// Strict objects: a typo in a support team's catalog ("websocketpath") is refused with its path
// instead of being silently ignored. `notes` is allowed everywhere to mark unconfirmed entries.
const notes = z.string().optional();

export const osFamilySchema = z.enum([
  'windows',
  'macos',
  'ubuntu',
  'rhel',
  'centos',
  'debian',
  'mint',
]);
export type OsFamily = z.infer<typeof osFamilySchema>;

export const browserIdSchema = z.enum(['chrome', 'edge', 'firefox', 'safari', 'opera']);
export type BrowserId = z.infer<typeof browserIdSchema>;

const versionString = z.string().regex(/^\d+(\.\d+)*$/, 'a version such as "10" or "10.0.7601"');

const hostName = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$/i, 'a host name (letters, digits, dots and hyphens)');

const portNumber = z.number().int().min(1).max(65535);

export const endpointPortSchema = z.union([
  portNumber,
  z.strictObject({ port: portNumber, protocol: z.enum(['tls', 'http', 'tcp']) }),
]);
export type EndpointPort = z.infer<typeof endpointPortSchema>;

export const endpointSchema = z.strictObject({
  host: hostName,
  ports: z.array(endpointPortSchema).min(1),
  websocketPath: z.string().startsWith('/').optional(),
  region: z.string().optional(),
  required: z.boolean().optional(),
  purpose: z.string().optional(),
  notes,
  // Added (issue 12): whether a vendor source confirms the host, and the WebSocket path. Unconfirmed
  // entries are still checked; a verdict never depends on them being right.
  verified: z.boolean().optional(),
  websocketVerified: z.boolean().optional(),
});
export type Endpoint = z.infer<typeof endpointSchema>;

export const catalogSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().min(1),
  name: z.string().min(1),
  version: z.string().optional(),
  notes,
  /**
   * Added (issue 12): the data centre whose hosts are required when no invitation names one; hosts of
   * other regions are not checked (the run's `notTested` names them). Absent: every region is checked.
   */
  defaultRegion: z.string().min(1).optional(),
  requirements: z.strictObject({
    os: z.array(
      z.strictObject({
        family: osFamilySchema,
        min: versionString,
        // Supported by the vendor but out of the OS maker's support: warn below this version.
        warnBelow: versionString.optional(),
        notes,
      }),
    ),
    browsers: z.array(
      z.strictObject({ id: browserIdSchema, min: versionString.optional(), notes }),
    ),
    bandwidthKbps: z
      .strictObject({ min: z.number().positive(), recommended: z.number().positive() })
      .refine((b) => b.recommended >= b.min, {
        message: 'recommended must be at least min',
        // Named, so a front door can word it in the user's language.
        params: { rule: 'recommendedAtLeastMin' },
      }),
    diskMb: z.number().positive().optional(),
  }),
  endpoints: z.array(endpointSchema).min(1),
  domains: z.array(
    z.string().regex(/^(\*\.)?[a-z0-9.-]+$/i, 'a domain, optionally starting with "*."'),
  ),
  /** Added (issue 12): the source mark of each domain (`[OFFICIAL] …`, `[3P] …`), by domain. */
  domainNotes: z.record(z.string(), z.string()).optional(),
  tls: z.strictObject({
    // Advice since issue 12: a public chain from another issuer passes with a note in its detail.
    expectedIssuers: z.array(z.string().min(1)),
    notes,
    verified: z.boolean().optional(),
  }),
  bandwidth: z.strictObject({
    url: z.url({ protocol: /^https?$/ }),
    notes,
    verified: z.boolean().optional(),
  }),
  join: z
    .strictObject({
      hosts: z.array(z.strictObject({ host: hostName, dataCentre: z.string().min(2), notes })),
      keyDigits: z.strictObject({
        min: z.number().int().positive(),
        max: z.number().int().positive(),
      }),
      notes,
    })
    .optional(),
  agent: z.strictObject({
    executables: z.array(z.string().min(1)),
    directories: z.strictObject({
      win32: z.array(z.string()).optional(),
      darwin: z.array(z.string()).optional(),
      linux: z.array(z.string()).optional(),
    }),
    signer: z
      .strictObject({ win32: z.string().optional(), darwin: z.string().optional() })
      .optional(),
    services: z
      .strictObject({
        win32: z.array(z.string()).optional(),
        darwin: z.array(z.string()).optional(),
        linux: z.array(z.string()).optional(),
      })
      .optional(),
    uninstallKeys: z.array(z.string()).optional(),
    urlHandlers: z.array(z.string()).optional(),
    packages: z.strictObject({ linux: z.array(z.string()).optional() }).optional(),
    notes,
  }),
});
export type Catalog = z.infer<typeof catalogSchema>;

/** A port of an endpoint with its protocol made explicit (ARCHITECTURE.md's defaults applied). */
export interface ResolvedPort {
  port: number;
  protocol: 'tls' | 'http' | 'tcp';
}

export function resolvePort(p: EndpointPort): ResolvedPort {
  if (typeof p !== 'number') return p;
  if (p === 443 || p === 8443) return { port: p, protocol: 'tls' };
  if (p === 80 || p === 8080) return { port: p, protocol: 'http' };
  return { port: p, protocol: 'tcp' };
}

/** Whether a host falls under one of the catalog's domains (`*.zoho.com` covers `a.zoho.com`, not `zoho.com`). */
export function isInDomains(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => {
    const dom = d.toLowerCase();
    if (dom.startsWith('*.')) return h.endsWith(dom.slice(1)) && h.length > dom.length - 1;
    return h === dom;
  });
}

/** Which catalog a run used: its id, name and version (the run's `catalog`, `app.info`, the report). */
export const catalogRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string().optional(),
});
export type CatalogRef = z.infer<typeof catalogRefSchema>;

/** The reference to a loaded catalog. */
export function catalogRefOf(catalog: Pick<Catalog, 'id' | 'name' | 'version'>): CatalogRef {
  return {
    id: catalog.id,
    name: catalog.name,
    ...(catalog.version ? { version: catalog.version } : {}),
  };
}
