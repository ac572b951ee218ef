import { z } from 'zod';

/** How one vendor host answers; the default for every field is the healthy vendor. */
export const hostBehaviourSchema = z.object({
  /** good: the lab CA's certificate; untrusted: another CA's; expired: right name, past dates; wrong-name:
   *  a certificate for another host; not-tls: a plain-text answer; reset: accepts, then RST. */
  tls: z
    .enum(['good', 'untrusted', 'expired', 'wrong-name', 'not-tls', 'reset', 'intercepted'])
    .default('good'),
  /** With tls `intercepted`: whose certificate names the leaf carries (test/fixtures/interceptors.ts). */
  interceptor: z.string().optional(),
  /** accept: 101; reject: 403 to the upgrade; close: the connection closes without an answer;
   *  not-found: 404 to the upgrade and to any other path (a vendor whose WebSocket path moved). */
  ws: z.enum(['accept', 'reject', 'close', 'not-found']).default('accept'),
  /** ok: 200; redirect-in: 301 to https on the same host; blocked: 403 page; redirect-out: 302 to another
   *  domain; error: 503. */
  http: z.enum(['ok', 'redirect-in', 'blocked', 'redirect-out', 'error']).default('ok'),
});
export type HostBehaviour = z.infer<typeof hostBehaviourSchema>;
export type HostBehaviourInput = z.input<typeof hostBehaviourSchema>;

const pemSchema = z.object({ cert: z.string(), key: z.string() });

export const vendorConfigSchema = z.object({
  hosts: z.array(z.object({ ip: z.string(), name: z.string(), behaviour: hostBehaviourSchema })),
  certs: z.object({
    good: pemSchema,
    untrusted: pemSchema,
    expired: pemSchema,
    wrongName: pemSchema,
    /** Leaves re-signed by SSL-inspection products' stand-ins, with their intermediate, by name. */
    interceptors: z.record(z.string(), pemSchema).default({}),
  }),
  tlsPorts: z.array(z.number().int()),
  httpPorts: z.array(z.number().int()),
  /** Paths under which a large file is served (for the bandwidth check). */
  bigFilePaths: z.array(z.string()),
});
export type VendorConfig = z.infer<typeof vendorConfigSchema>;
