import { createCa, issueCertificate, selfSigned, type Pem } from '../../fixtures/certificates';
import {
  interceptorSpecs,
  makeInterceptor,
  type Interceptor,
  type InterceptorName,
} from '../../fixtures/interceptors';
import type { VendorConfig } from './vendor-config';

export interface LabCerts {
  vendorCa: Pem;
  bumpCa: Pem;
  vendor: VendorConfig['certs'];
  /** SSL-inspection products' stand-ins the lab's hosts use: their roots go to `--ca`. */
  interceptors: Partial<Record<InterceptorName, Interceptor>>;
}

const DAY_MS = 86_400_000;

/** Names of the lab's certificate issuers; the lab catalog expects the vendor's, Squid signs with the other. */
export const labIssuers = {
  vendor: { cn: 'Lab Vendor Root CA', o: 'Lab Vendor Trust' },
  bump: { cn: 'Corp SSL Inspection CA', o: 'Example Corp Firewall' },
  untrusted: 'Unknown Device',
} as const;

/** Every certificate a lab needs: made fresh per lab, so nothing private is kept in the repository. */
export async function makeLabCerts(
  hostNames: string[],
  interceptorNames: readonly InterceptorName[] = [],
): Promise<LabCerts> {
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
  const interceptors: LabCerts['interceptors'] = {};
  for (const name of interceptorNames)
    interceptors[name] = await makeInterceptor(interceptorSpecs[name], hostNames);
  return {
    vendorCa,
    bumpCa,
    vendor: {
      good,
      untrusted,
      expired,
      wrongName,
      interceptors: Object.fromEntries(
        Object.entries(interceptors).map(([name, i]) => [name, i.leaf]),
      ),
    },
    interceptors,
  };
}
