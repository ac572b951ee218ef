import { isIP, type Socket } from 'node:net';
import {
  checkServerIdentity,
  connect,
  type DetailedPeerCertificate,
  type SecureContext,
  type TLSSocket,
} from 'node:tls';
import { chainOf, issuerNames, summarize } from './certificate-detail';
import type { TlsDetail } from '../../../shared/details';
import { rawError, stepDeadline, type StepOutcome } from './step-outcome';

export interface TlsProbeOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Trusted roots (system store plus `--ca`), built once per run: parsing the bundle per connection costs milliseconds each. */
  secureContext: SecureContext;
  /** The catalog's expected issuers; empty: no interception check. */
  expectedIssuers: readonly string[];
}

// OpenSSL's verify codes for a chain that is fine except for its dates.
const DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

/** Whether the leaf's issuer O or CN contains one of the expected issuers (case-insensitive). */
export function isExpectedIssuer(
  leaf: DetailedPeerCertificate,
  expected: readonly string[],
): boolean {
  if (expected.length === 0) return true;
  const names = issuerNames(leaf).map((n) => n.toLowerCase());
  return expected.some((e) => names.some((n) => n.includes(e.toLowerCase())));
}

function judge(
  s: TLSSocket,
  host: string,
  port: number,
  o: TlsProbeOptions,
): StepOutcome<TlsDetail, TLSSocket> {
  const leaf = s.getPeerCertificate(true);
  if (!leaf || !leaf.fingerprint256)
    return { verdict: 'tls_failed', vars: { host, port, code: 'no certificate' }, detail: {} };
  const summary = summarize(leaf);
  const authError = s.authorizationError as unknown as (Error & { code?: string }) | string | null;
  const authCode = typeof authError === 'string' ? authError : authError?.code;
  const nameError = checkServerIdentity(host, leaf);
  const detail: TlsDetail = {
    certificate: summary,
    chain: chainOf(leaf),
    protocol: s.getProtocol(),
    cipher: s.getCipher()?.name,
    servername: isIP(host) ? null : host,
    ...(authError
      ? {
          authorizationError:
            typeof authError === 'string' ? { code: authError } : rawError(authError),
        }
      : {}),
    ...(nameError ? { nameError: rawError(nameError) } : {}),
  };
  // Messages show minutes in UTC; the detail keeps the full ISO time.
  const shown = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  const vars = {
    host,
    port,
    subject: summary.subject,
    issuer: summary.issuer,
    validFrom: shown(summary.validFrom),
    validTo: shown(summary.validTo),
    code: authCode ?? '',
  };
  // A certificate for another name is the most specific finding: no clock or trust fix would help.
  if (nameError) return { verdict: 'tls_name_mismatch', vars, detail };
  if (authCode && DATE_ERRORS.has(authCode)) return { verdict: 'tls_clock_skew', vars, detail };
  if (authError) return { verdict: 'tls_untrusted', vars, detail };
  // Trusted but issued by someone else: the session still carries the WebSocket check (ARCHITECTURE.md).
  if (!isExpectedIssuer(leaf, o.expectedIssuers)) {
    return {
      verdict: 'tls_intercepted',
      vars: { ...vars, expected: o.expectedIssuers.join(', ') },
      detail,
      value: s,
    };
  }
  return { verdict: 'ok', vars, detail, value: s };
}

/** The TLS handshake on an open socket (direct or tunnelled), with SNI; trust is judged here, not by Node. */
export function probeTls(
  socket: Socket,
  host: string,
  port: number,
  o: TlsProbeOptions,
): Promise<StepOutcome<TlsDetail, TLSSocket>> {
  const deadline = stepDeadline(o.signal, o.timeoutMs);
  const signal = deadline.signal;
  return new Promise((resolve) => {
    let done = false;
    const s = connect({
      socket,
      // `host` feeds Node's own identity check: without it Node checks "localhost" and an IP host
      // with a correct IP SAN would come back as ERR_TLS_CERT_ALTNAME_INVALID.
      host,
      ...(isIP(host) ? {} : { servername: host }),
      secureContext: o.secureContext,
      rejectUnauthorized: false,
      ALPNProtocols: ['http/1.1'],
    });
    const finish = (outcome: StepOutcome<TlsDetail, TLSSocket>) => {
      if (done) return;
      done = true;
      deadline.dispose();
      signal.removeEventListener('abort', onAbort);
      if (!outcome.value) s.destroy();
      resolve(outcome);
    };
    s.on('error', (e: NodeJS.ErrnoException) => {
      if (done) return;
      const error = rawError(e);
      // A real RST carries the read syscall; Node's "disconnected before secure connection" does not.
      if (e.code === 'ECONNRESET' && e.syscall)
        return finish({
          verdict: 'tcp_reset',
          variant: 'duringTls',
          vars: { host, port, code: 'ECONNRESET' },
          detail: { error },
        });
      finish({
        verdict: 'tls_failed',
        vars: { host, port, code: String(error.code ?? e.message) },
        detail: { error },
      });
    });
    s.once('secureConnect', () => finish(judge(s, host, port, o)));
    const onAbort = () => {
      if (o.signal?.aborted) return finish({ verdict: 'cancelled', detail: {} });
      const error = { code: 'ETIMEDOUT', message: `no TLS answer within ${o.timeoutMs} ms` };
      finish({
        verdict: 'tls_failed',
        variant: 'timeout',
        vars: { host, port, timeoutMs: o.timeoutMs },
        detail: { error },
      });
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
