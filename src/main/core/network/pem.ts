import { X509Certificate } from 'node:crypto';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Each certificate of a PEM bundle, as its own PEM block (text around and between blocks is dropped). */
export function splitPem(text: string): string[] {
  return text.match(PEM_BLOCK) ?? [];
}

/** A DER certificate as PEM, the form a SecureContext takes. */
export function derToPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** A certificate parsed, or undefined for one OpenSSL cannot read (a store may hold one broken entry). */
export function parseCertificate(pemOrDer: string | Buffer): X509Certificate | undefined {
  try {
    return new X509Certificate(pemOrDer);
  } catch {
    return undefined;
  }
}
