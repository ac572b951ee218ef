import { lookup, Resolver } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import type { DnsDetail, RawError } from '../../../shared/details';
import { errorCode, rawError, stepDeadline, untilAborted, type StepOutcome } from './step-outcome';

export interface DnsProbeOptions {
  timeoutMs: number;
  /** "ip" or "ip:port": ask these servers directly instead of the OS resolver (tests, the lab). */
  servers?: string[];
  signal?: AbortSignal;
}

interface DirectAnswer {
  addresses: string[];
  codes: string[];
  servers: string[];
  errors: RawError[];
}

// A filtering resolver answers with an address that leads nowhere instead of NXDOMAIN.
function isSinkhole(address: string): boolean {
  return (
    address === '0.0.0.0' || address === '::' || address === '::1' || address.startsWith('127.')
  );
}

// getaddrinfo runs on libuv's small thread pool and cannot be cancelled: a lookup we stop waiting for
// keeps its thread. Sharing the one in flight per name keeps a re-run (or a repeated host) from
// queueing more threads behind the ones still hanging.
const inFlight = new Map<string, Promise<LookupAddress[]>>();

function sharedLookup(host: string): Promise<LookupAddress[]> {
  const key = host.toLowerCase();
  let p = inFlight.get(key);
  if (!p) {
    p = lookup(host, { all: true });
    inFlight.set(key, p);
    const forget = () => inFlight.delete(key);
    p.then(forget, forget);
  }
  return p;
}

const isLoopbackName = (host: string) => /^localhost\.?$|\.localhost\.?$/i.test(host);

// Asks the servers directly for A and AAAA; c-ares' own timeout is per try, so the step signal bounds it too.
async function queryDirect(
  host: string,
  o: DnsProbeOptions,
  signal: AbortSignal,
): Promise<DirectAnswer> {
  const resolver = new Resolver({ timeout: o.timeoutMs, tries: 1 });
  if (o.servers?.length) resolver.setServers(o.servers);
  const onAbort = () => resolver.cancel();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const settled = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
    const addresses = settled.flatMap((s) => (s.status === 'fulfilled' ? s.value : []));
    const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
    return {
      addresses,
      codes: failures.map((e) => errorCode(e) ?? 'unknown'),
      servers: resolver.getServers(),
      errors: failures.map(rawError),
    };
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** Maps the resolver's failure codes (A first) to the cause. */
function classify(codes: string[]): StepOutcome<DnsDetail>['verdict'] {
  if (codes.some((c) => c === 'ESERVFAIL' || c === 'EREFUSED')) return 'dns_failed';
  if (codes.length > 0 && codes.every((c) => c === 'ENOTFOUND' || c === 'ENODATA'))
    return 'dns_not_found';
  if (
    codes.some(
      (c) => c === 'ETIMEOUT' || c === 'ECONNREFUSED' || c === 'ECANCELLED' || c === 'EAI_AGAIN',
    )
  )
    return 'dns_timeout';
  return 'dns_failed';
}

// c-ares names a server's answer by its own error code; people (and RFC 1035 §4.1.1) name the RCODE.
const ANSWER_NAMES: Record<string, string> = {
  ESERVFAIL: 'SERVFAIL',
  EREFUSED: 'REFUSED',
  ENOTFOUND: 'NXDOMAIN',
  ENOTIMP: 'NOTIMP',
  EFORMERR: 'FORMERR',
};

/** The server's answers a failed lookup got (REFUSED, SERVFAIL…), for the message instead of EAI_AGAIN. */
function answerNames(codes: string[]): string | undefined {
  const names = [...new Set(codes.flatMap((c) => (ANSWER_NAMES[c] ? [ANSWER_NAMES[c]] : [])))];
  return names.length > 0 ? names.join(', ') : undefined;
}

/** The sentence for the server's one answer (the codes stay in the detail, issue 15); none for a mix. */
function answerVariant(answer: string | undefined): 'refused' | 'serverFailure' | undefined {
  return answer === 'REFUSED' ? 'refused' : answer === 'SERVFAIL' ? 'serverFailure' : undefined;
}

function answered(
  host: string,
  addresses: string[],
  detail: DnsDetail,
): StepOutcome<DnsDetail, string[]> {
  const usable = isLoopbackName(host) ? addresses : addresses.filter((a) => !isSinkhole(a));
  if (usable.length === 0) {
    return {
      verdict: 'dns_blocked',
      vars: { host, addresses: addresses.join(', ') },
      detail: { ...detail, addresses },
    };
  }
  return {
    verdict: 'ok',
    vars: { host, addresses: usable.join(', ') },
    detail: { ...detail, addresses },
    value: usable,
  };
}

/**
 * Resolves A and AAAA the way the OS does (`dns.lookup`, so the hosts file counts), within its own
 * timeout; only when that fails, a direct query to the configured servers tells why.
 */
export async function probeDns(
  host: string,
  o: DnsProbeOptions,
): Promise<StepOutcome<DnsDetail, string[]>> {
  if (isIP(host))
    return {
      verdict: 'ok',
      vars: { host, addresses: host },
      detail: { literal: true },
      value: [host],
    };
  const deadline = stepDeadline(o.signal, o.timeoutMs);
  try {
    return await resolveWithin(host, o, deadline.signal);
  } finally {
    deadline.dispose();
  }
}

async function resolveWithin(
  host: string,
  o: DnsProbeOptions,
  signal: AbortSignal,
): Promise<StepOutcome<DnsDetail, string[]>> {
  const cancelled = () => o.signal?.aborted === true;

  if (o.servers?.length) {
    const d = await queryDirect(host, o, signal);
    if (cancelled()) return { verdict: 'cancelled', detail: { servers: d.servers } };
    const detail: DnsDetail = { resolver: 'direct', servers: d.servers, errors: d.errors };
    if (d.addresses.length) return answered(host, d.addresses, detail);
    const verdict = classify(d.codes);
    const answer = verdict === 'dns_failed' ? answerNames(d.codes) : undefined;
    const variant = answerVariant(answer);
    return {
      verdict,
      vars: { host, code: answer ?? d.codes.join(', ') },
      ...(variant ? { variant } : {}),
      detail,
    };
  }

  try {
    const found = await untilAborted(sharedLookup(host), signal);
    return answered(
      host,
      found.map((f) => f.address),
      { resolver: 'os' },
    );
  } catch (e) {
    if (cancelled()) return { verdict: 'cancelled', detail: {} };
    const lookupError: RawError = signal.aborted
      ? { message: `no answer within ${o.timeoutMs} ms`, code: 'ETIMEOUT' }
      : rawError(e);
    // Asked only after a failure, within what is left of the same step's time.
    const d = signal.aborted ? undefined : await queryDirect(host, o, signal);
    if (cancelled()) return { verdict: 'cancelled', detail: {} };
    const detail: DnsDetail = {
      resolver: 'os',
      error: lookupError,
      direct: d && { servers: d.servers, addresses: d.addresses, errors: d.errors },
    };
    const osCode = String(lookupError.code ?? 'unknown');
    // The direct query only refines the cause: when it found addresses or ran out of time itself, the
    // OS resolver's own error decides.
    const answeredCodes = d?.codes.filter((c) => c !== 'ECANCELLED' && c !== 'ETIMEOUT') ?? [];
    const verdict = !d
      ? 'dns_timeout'
      : d.addresses.length || answeredCodes.length === 0
        ? classify([osCode])
        : classify(answeredCodes);
    // The OS says EAI_AGAIN for every kind of server failure; the server's own answer says which.
    const answer =
      verdict === 'dns_failed' && !d?.addresses.length ? answerNames(answeredCodes) : undefined;
    const variant = answerVariant(answer);
    return {
      verdict,
      vars: { host, code: answer ?? osCode },
      ...(variant ? { variant } : {}),
      detail,
    };
  }
}
