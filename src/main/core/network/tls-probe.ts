import { X509Certificate } from 'node:crypto';
import { isIP, type Socket } from 'node:net';
import {
  checkServerIdentity,
  connect,
  type DetailedPeerCertificate,
  type TLSSocket,
} from 'node:tls';
import type { TlsDetail } from '../../../shared/details';
import { interceptionProducts } from '../../../shared/interception';
import type { Lang } from '../../../shared/lang';
import { chainOf, issuerNames, summarize } from './certificate-detail';
import { identifyProduct, interceptionOf, type NamedProduct } from './interception-products';
import { rawError, stepDeadline, type MessageVars, type StepOutcome } from './step-outcome';
import { inEachLang, type LangText } from '../../../shared/word-verdict';
import type { TrustSet } from './trust-store';

export interface TlsProbeOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Public roots, the OS's store and `--ca`, built once per run; it also tells which of them a chain ends at. */
  trust: TrustSet;
  /** The catalog's expected issuers: advice only (a public chain from another issuer passes, noted in detail). */
  expectedIssuers: readonly string[];
  /** The catalog's product name, for the fix ("add the Zoho Assist domains to …"). */
  vendor: string;
  /** The language of the product's bypass wording, which a message quotes. */
  lang: Lang;
}

/** What the TLS step hands to the WebSocket step: the session, and whether it was end to end. */
export interface TlsSession {
  socket: TLSSocket;
  isIntercepted: boolean;
  /** Who decrypts, in a sentence's words: the product, or "an SSL-inspection device (issuer …)". */
  device?: string | LangText;
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

/** The chain as the handshake built it (completed from the trust store), leaf first, parsed. */
function x509Chain(leaf: DetailedPeerCertificate): X509Certificate[] {
  const out: X509Certificate[] = [];
  const seen = new Set<string>();
  let cert: DetailedPeerCertificate | undefined = leaf;
  while (cert?.raw && cert.fingerprint256 && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    try {
      out.push(new X509Certificate(cert.raw));
    } catch {
      break;
    }
    cert = cert.issuerCertificate;
  }
  return out;
}

/** The words a message quotes for the product: its bypass in its own terms, and which variant to use. */
function productWording(named: NamedProduct | undefined): {
  vars: MessageVars;
  variant?: string;
  fixVariant?: string;
} {
  // Worded per language, so the result can be re-worded after a language switch (issue 15).
  const both = inEachLang;
  if (!named) return { vars: { bypass: both((t) => t('verdicts:interception.genericBypass')) } };
  const isOnPc = interceptionProducts[named.productId].place === 'pc';
  return {
    vars: {
      product: named.product,
      bypass: both((t) => t(`verdicts:interception.bypass.${named.productId}`)),
    },
    variant: isOnPc ? 'onPc' : 'byProduct',
    fixVariant: isOnPc ? 'fixOnPc' : 'fixByProduct',
  };
}

function judge(
  s: TLSSocket,
  host: string,
  port: number,
  o: TlsProbeOptions,
): StepOutcome<TlsDetail, TlsSession> {
  const leaf = s.getPeerCertificate(true);
  if (!leaf || !leaf.fingerprint256)
    return {
      verdict: 'tls_failed',
      vars: { host, port, code: 'no certificate' },
      // The message no longer carries the reason, so the detail keeps it for support.
      detail: { error: { message: 'the server sent no certificate' } },
    };
  const summary = summarize(leaf);
  const chain = chainOf(leaf);
  const authError = s.authorizationError as unknown as (Error & { code?: string }) | string | null;
  const authCode = typeof authError === 'string' ? authError : authError?.code;
  const nameError = checkServerIdentity(host, leaf);
  const certs = x509Chain(leaf);
  const judged = o.trust.classify(certs);
  const rootSummary = chain.at(-1);
  const detail: TlsDetail = {
    certificate: summary,
    chain,
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
    ...(rootSummary
      ? {
          root: {
            subject: rootSummary.subject,
            fingerprint256: rootSummary.fingerprint256,
            trustedBy: authError ? null : judged.trustedBy,
            ...(judged.origin ? { origin: judged.origin } : {}),
          },
        }
      : {}),
    trust: o.trust.stores,
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
    root: rootSummary?.subject ?? summary.issuer,
    vendor: o.vendor,
  };
  // A certificate for another name is the most specific finding: no clock or trust fix would help.
  if (nameError) return { verdict: 'tls_name_mismatch', vars, detail };
  if (authCode && DATE_ERRORS.has(authCode)) return { verdict: 'tls_clock_skew', vars, detail };
  const named = judged.trustedBy === 'public' ? undefined : identifyProduct(certs);
  if (authError) {
    // An untrusted chain may still carry a product's name: its inspection root is not installed here.
    if (!named) return { verdict: 'tls_untrusted', vars, detail };
    const w = productWording(named);
    return {
      verdict: 'tls_untrusted',
      variant: 'byProduct',
      fixVariant: 'fixByProduct',
      vars: { ...vars, ...w.vars },
      detail: { ...detail, interception: interceptionOf(named, vars.issuer, vars.root) },
    };
  }
  if (judged.trustedBy === 'public') {
    // Which CA a vendor uses is its own business: an unexpected public issuer is a note, never a failure.
    const isExpected = isExpectedIssuer(leaf, o.expectedIssuers);
    return {
      verdict: 'ok',
      vars,
      detail: isExpected
        ? detail
        : { ...detail, issuerNote: { issuer: summary.issuer, expected: [...o.expectedIssuers] } },
      value: { socket: s, isIntercepted: false },
    };
  }
  // Trusted, but only by this PC (its store or --ca): something on the way re-signs the traffic. The
  // session is still trusted, so it carries the WebSocket check (ARCHITECTURE.md).
  const w = productWording(named);
  const device =
    named?.product ??
    inEachLang((t) => t('verdicts:interception.unknownDevice', { issuer: summary.issuer }));
  return {
    verdict: 'tls_intercepted',
    ...(w.variant ? { variant: w.variant } : {}),
    ...(w.fixVariant ? { fixVariant: w.fixVariant } : {}),
    vars: { ...vars, ...w.vars },
    detail: { ...detail, interception: interceptionOf(named, vars.issuer, vars.root) },
    value: { socket: s, isIntercepted: true, device },
  };
}

/** The TLS handshake on an open socket (direct or tunnelled), with SNI; trust is judged here, not by Node. */
export function probeTls(
  socket: Socket,
  host: string,
  port: number,
  o: TlsProbeOptions,
): Promise<StepOutcome<TlsDetail, TlsSession>> {
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
      secureContext: o.trust.context,
      rejectUnauthorized: false,
      ALPNProtocols: ['http/1.1'],
    });
    const finish = (outcome: StepOutcome<TlsDetail, TlsSession>) => {
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
