import type { CheckResult } from '../check-result';
import type { CertificateSummary, HttpResponse, NotRunDetail } from '../details';

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

/** What a kind's detail holds that has its own label; everything else is listed under its own key. */
interface DetailParts {
  proxy?: string | null | undefined;
  addresses?: string | string[] | undefined;
  response?: HttpResponse | undefined;
  /** A status without a response (a PAC fetch's, a download's). */
  status?: number | string | undefined;
  certificate?: CertificateSummary | undefined;
  chain?: CertificateSummary[] | undefined;
  errors?: unknown[];
}

/** The labelled parts, and the detail's other keys in the order the probe wrote them. */
interface ReadDetail {
  parts: DetailParts;
  rest: [string, unknown][];
}

/** What a check saw, in the order a support engineer reads it; detail keys without a label are kept, not dropped. */
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
  const { parts, rest } = readDetail(check);
  push(items, 'proxy', parts.proxy);
  push(items, 'addresses', parts.addresses);
  if (parts.response) {
    const { status, statusMessage } = parts.response;
    push(items, 'httpStatus', statusMessage ? `${status} ${statusMessage}` : status);
  } else push(items, 'httpStatus', parts.status);
  const cert = parts.certificate;
  if (cert) {
    push(items, 'certSubject', cert.subject);
    push(items, 'certIssuer', cert.issuer);
    push(items, 'certValidFrom', cert.validFrom);
    push(items, 'certValidTo', cert.validTo);
    push(items, 'certFingerprint', cert.fingerprint256);
    push(items, 'certSerial', cert.serialNumber);
    push(items, 'certAltNames', cert.subjectAltName);
  }
  // The chain as subjects, leaf first: what IT needs to recognise the inspecting device's own CA.
  if (parts.chain) push(items, 'certChain', parts.chain.map((c) => c.subject).join(' → '));
  const errors = (parts.errors ?? []).filter((v) => v !== undefined && v !== null);
  if (errors.length > 0) items.push({ key: 'error', value: errors.map(asText).join(' / ') });
  for (const [rawKey, value] of rest) {
    if (value !== undefined) items.push({ key: 'other', rawKey, value: asText(value) });
  }
  return items;
}

/** Reads each kind's detail by its schema (src/shared/details): which keys have a label, and what they hold. */
function readDetail(check: CheckResult): ReadDetail {
  switch (check.kind) {
    case 'dns':
      return ran(check.detail, (d) => ({
        used: ['addresses', 'error'],
        parts: { addresses: d.addresses, errors: [d.error] },
      }));
    case 'tcp':
      return ran(check.detail, (d) => ({
        used: ['proxy', 'address', 'response', 'error'],
        parts: { proxy: d.proxy, addresses: d.address, response: d.response, errors: [d.error] },
      }));
    case 'tls':
      return ran(check.detail, (d) => ({
        used: ['certificate', 'chain', 'error'],
        parts: { certificate: d.certificate, chain: d.chain, errors: [d.error] },
      }));
    case 'websocket':
    case 'http':
      return ran(check.detail, (d) => ({
        used: ['response', 'error'],
        parts: { response: d.response, errors: [d.error] },
      }));
    case 'proxy':
      return ran(check.detail, (d) => ({
        used: ['proxy', 'address', 'status', 'code', 'error'],
        parts: {
          proxy: d.proxy,
          addresses: d.address,
          status: d.status,
          errors: [d.code, d.error],
        },
      }));
    case 'bandwidth':
      return ran(check.detail, (d) => ({
        // The tunnel's proxy when there was one, else the download's own route.
        used: [d.proxy != null ? 'proxy' : 'via', 'response', 'status', 'code', 'error'],
        parts: {
          proxy: d.proxy ?? d.via,
          response: d.response,
          status: d.status,
          errors: [d.code, d.error],
        },
      }));
    case 'chromium':
      // Which stack, and each attempt as the browser reported it, under their own keys.
      return ran(check.detail, () => ({ used: [], parts: {} }));
    case 'connectivity':
      // Interfaces, routes, DNS servers and the OS's own state, each under its own key.
      return ran(check.detail, () => ({ used: [], parts: {} }));
    case 'idle':
      // What was held, who cut it and when are listed under their own keys; the error has its label.
      return ran(check.detail, (d) => ({ used: ['error'], parts: { errors: [d.error] } }));
    case 'os':
    case 'browser':
    case 'display':
    case 'disk':
    case 'agent':
    case 'security':
    case 'permission': {
      // The facts the probe found are listed as they are; a probe that threw says its error.
      const d = check.detail;
      if (d && 'error' in d && Object.keys(d).length === 1)
        return { parts: { errors: [d.error] }, rest: [] };
      return { parts: {}, rest: Object.entries(d ?? {}) };
    }
  }
}

/**
 * The parts `read` takes from a detail the check's probe wrote; the keys it did not use (or found empty)
 * stay in the probe's order. A `response` keeps, under its own key, what the status line does not say.
 */
function ran<D extends object>(
  detail: D | NotRunDetail | undefined,
  read: (detail: D) => { used: (keyof D & string)[]; parts: DetailParts },
): ReadDetail {
  if (detail === undefined) return { parts: {}, rest: [] };
  // A check that did not run says why under its own key.
  if ('skippedBecause' in detail) return { parts: {}, rest: Object.entries(detail) };
  const { used, parts } = read(detail);
  const isUsed = new Set<string>(used);
  const rest: [string, unknown][] = [];
  for (const [key, value] of Object.entries(detail)) {
    if (!isUsed.has(key) || value === undefined || value === null) rest.push([key, value]);
    else if (key === 'response' && parts.response) {
      const { status: _status, statusMessage: _message, ...headers } = parts.response;
      if (Object.values(headers).some((v) => v !== undefined)) rest.push([key, headers]);
    }
  }
  return { parts, rest };
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
