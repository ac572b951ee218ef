import { z } from 'zod';

/** One certificate as an IT department needs it to identify the device that issued it. */
export const certificateSummarySchema = z
  .strictObject({
    /** "CN=…, O=…" in a stable order, whatever the certificate's own order. */
    subject: z.string(),
    issuer: z.string(),
    /** ISO times. */
    validFrom: z.string(),
    validTo: z.string(),
    /** "AB:CD:…", as Node's `fingerprint256`. */
    fingerprint256: z.string(),
    serialNumber: z.string(),
    subjectAltName: z.string().optional(),
  })
  .meta({ id: 'CertificateSummary' });
export type CertificateSummary = z.infer<typeof certificateSummarySchema>;
