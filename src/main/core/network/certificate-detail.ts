import type { DetailedPeerCertificate, PeerCertificate } from 'node:tls';
import type { CertificateSummary } from '../../../shared/details';

type Name = PeerCertificate['subject'];

function field(name: Name | undefined, key: string): string[] {
  const v: unknown = name ? (name as unknown as Record<string, unknown>)[key] : undefined;
  if (Array.isArray(v)) return v.map(String);
  return typeof v === 'string' ? [v] : [];
}

/** "CN=…, O=…" in a stable order, whatever the certificate's own order. */
export function formatName(name: Name | undefined): string {
  return ['CN', 'OU', 'O', 'L', 'ST', 'C']
    .flatMap((k) => field(name, k).map((v) => `${k}=${v}`))
    .join(', ');
}

/** The issuer's O and CN values: what the catalog's expected issuers are matched against. */
export function issuerNames(cert: PeerCertificate): string[] {
  return [...field(cert.issuer, 'O'), ...field(cert.issuer, 'CN')];
}

export function summarize(cert: PeerCertificate): CertificateSummary {
  return {
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    validFrom: new Date(cert.valid_from).toISOString(),
    validTo: new Date(cert.valid_to).toISOString(),
    fingerprint256: cert.fingerprint256,
    serialNumber: cert.serialNumber,
    ...(cert.subjectaltname ? { subjectAltName: cert.subjectaltname } : {}),
  };
}

/** The chain as sent (and completed from the trust store), leaf first. */
export function chainOf(leaf: DetailedPeerCertificate): CertificateSummary[] {
  const out: CertificateSummary[] = [];
  const seen = new Set<string>();
  let cert: DetailedPeerCertificate | undefined = leaf;
  while (cert && cert.fingerprint256 && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    out.push(summarize(cert));
    cert = cert.issuerCertificate;
  }
  return out;
}
