import { createCa, issueCertificate, selfSigned, type Pem } from '../../fixtures/certificates';
import type { VendorConfig } from './vendor-config';

export interface LabCerts {
  vendorCa: Pem;
  bumpCa: Pem;
  vendor: VendorConfig['certs'];
}

const DAY_MS = 86_400_000;

/** Names of the lab's certificate issuers; the lab catalog expects the vendor's, Squid signs with the other. */
export const labIssuers = {
  vendor: { cn: 'Lab Vendor Root CA', o: 'Lab Vendor Trust' },
  bump: { cn: 'Corp SSL Inspection CA', o: 'Example Corp Firewall' },
  untrusted: 'Unknown Device',
} as const;

/** Every certificate a lab needs: made fresh per lab, so nothing private is kept in the repository. */
export async function makeLabCerts(hostNames: string[]): Promise<LabCerts> {
  const [vendorCa, bumpCa, untrusted] = await Promise.all([
    createCa(labIssuers.vendor.cn, labIssuers.vendor.o),
    createCa(labIssuers.bump.cn, labIssuers.bump.o),
    selfSigned(labIssuers.untrusted, hostNames),
  ]);
  const now = Date.now();
  const [good, expired, wrongName] = await Promise.all([
    issueCertificate(vendorCa, {
      commonName: hostNames[0] ?? 'lab.test',
      altNames: hostNames,
      organization: 'Lab Vendor',
    }),
    issueCertificate(vendorCa, {
      commonName: hostNames[0] ?? 'lab.test',
      altNames: hostNames,
      notBefore: new Date(now - 400 * DAY_MS),
      notAfter: new Date(now - 30 * DAY_MS),
    }),
    issueCertificate(vendorCa, {
      commonName: 'portal.hotel-wifi.example',
      altNames: ['portal.hotel-wifi.example'],
    }),
  ]);
  return { vendorCa, bumpCa, vendor: { good, untrusted, expired, wrongName } };
}
