import type { CheckResult } from '../check-result';

/** The evidence labels the report namespace translates (`report:evidence.<key>`). */
export type EvidenceKey =
  | 'target'
  | 'duration'
  | 'proxy'
  | 'addresses'
  | 'httpStatus'
  | 'certSubject'
  | 'certIssuer'
  | 'certValidFrom'
  | 'certValidTo'
  | 'certFingerprint'
  | 'certSerial'
  | 'certAltNames'
  | 'certChain'
  | 'error'
  | 'other';

/** One line of evidence: a translated label (or the raw key for `other`) and the value as text. */
export interface EvidenceItem {
  key: EvidenceKey;
  /** The detail's own key, shown as the label of `other` items so nothing is hidden. */
  rawKey?: string;
  value: string;
}

const maxValueChars = 400;

/** What a check saw, in the order a support engineer reads it; unknown detail keys are kept, not dropped. */
export function evidenceOf(check: CheckResult): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  if (check.target) {
    items.push({
      key: 'target',
      value:
        check.target.port === undefined
          ? check.target.host
          : `${check.target.host}:${check.target.port}`,
    });
  }
  items.push({ key: 'duration', value: `${Math.round(check.durationMs)} ms` });
  const detail = { ...(check.detail ?? {}) };
  const take = (...keys: string[]): unknown => {
    for (const k of keys) {
      if (k in detail && detail[k] !== undefined && detail[k] !== null) {
        const value = detail[k];
        delete detail[k];
        return value;
      }
    }
    return undefined;
  };
  push(items, 'proxy', take('proxy', 'proxyUrl', 'via'));
  push(items, 'addresses', take('addresses', 'address', 'answers'));
  push(items, 'httpStatus', take('statusCode', 'httpStatus', 'status'));
  const cert = take('certificate', 'cert', 'peerCertificate');
  if (isRecord(cert)) {
    push(items, 'certSubject', cert.subject);
    push(items, 'certIssuer', cert.issuer);
    push(items, 'certValidFrom', cert.validFrom ?? cert.valid_from ?? cert.notBefore);
    push(items, 'certValidTo', cert.validTo ?? cert.valid_to ?? cert.notAfter);
    push(items, 'certFingerprint', cert.fingerprint256 ?? cert.sha256 ?? cert.fingerprint);
    push(items, 'certSerial', cert.serialNumber);
    push(items, 'certAltNames', cert.subjectAltName ?? cert.subjectaltname);
  } else {
    push(items, 'certSubject', cert);
  }
  // The chain as subjects, leaf first: what IT needs to recognise the inspecting device's own CA.
  const chain = take('chain');
  if (Array.isArray(chain) && chain.every(isRecord))
    push(items, 'certChain', chain.map((c) => asText(c.subject)).join(' → '));
  else push(items, 'certChain', chain);
  const error = [take('code'), take('errno'), take('syscall'), take('error', 'rawError')].filter(
    (v) => v !== undefined,
  );
  if (error.length > 0) items.push({ key: 'error', value: error.map(asText).join(' / ') });
  for (const [rawKey, value] of Object.entries(detail)) {
    if (value !== undefined) items.push({ key: 'other', rawKey, value: asText(value) });
  }
  return items;
}

function push(items: EvidenceItem[], key: EvidenceKey, value: unknown): void {
  if (value !== undefined && value !== null && value !== '')
    items.push({ key, value: asText(value) });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as one line of text: strings as they are, lists joined, objects as compact JSON, all cut to length. */
export function asText(value: unknown): string {
  let text: string;
  // Say "nothing" visibly: an empty cell reads as a rendering fault.
  if (value === '') text = '—';
  else if (Array.isArray(value) && value.length === 0) text = '[]';
  else if (typeof value === 'string') text = value;
  else if (
    Array.isArray(value) &&
    value.every((v) => typeof v === 'string' || typeof v === 'number')
  )
    text = value.join(', ');
  else if (isRecord(value) || Array.isArray(value)) text = JSON.stringify(value) ?? '';
  else text = String(value);
  return text.length > maxValueChars ? `${text.slice(0, maxValueChars)}…` : text;
}
