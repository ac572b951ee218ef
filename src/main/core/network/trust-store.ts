import type { X509Certificate } from 'node:crypto';
import { createSecureContext, type SecureContext } from 'node:tls';
import type { TrustedBy, TrustStores } from '../../../shared/details';
import type { CommandRunner } from '../os/run-command';
import { readOsRoots, type OsRoots } from './os-trust-store';
import { parseCertificate, splitPem } from './pem';
import { publicRootsFrom } from './public-roots';

/** Where a chain ends and which store trusts that root; `trustedBy` null: no trusted store holds it. */
export interface ChainRoot {
  root: X509Certificate | undefined;
  trustedBy: TrustedBy | null;
  origin?: string;
}

/** What TLS checks trust, and how to tell a public chain from one re-signed on the way. */
export interface TrustSet {
  /** Public roots, the OS's own and `--ca`: any chain to one of them completes the handshake. */
  context: SecureContext;
  stores: TrustStores;
  /** Judges a chain (leaf first, as the handshake built it) by the root it ends at. */
  classify(chain: readonly X509Certificate[]): ChainRoot;
}

interface Indexed {
  byFingerprint: Map<string, X509Certificate>;
  bySubject: Map<string, X509Certificate[]>;
}

function index(pems: readonly string[]): Indexed {
  const byFingerprint = new Map<string, X509Certificate>();
  const bySubject = new Map<string, X509Certificate[]>();
  // A --ca file or a lab's public roots may be a bundle: every block counts.
  for (const pem of pems.flatMap(splitPem)) {
    const cert = parseCertificate(pem);
    if (!cert || byFingerprint.has(cert.fingerprint256)) continue;
    byFingerprint.set(cert.fingerprint256, cert);
    bySubject.set(cert.subject, [...(bySubject.get(cert.subject) ?? []), cert]);
  }
  return { byFingerprint, bySubject };
}

/**
 * Whether a certificate of the chain is, or is issued by, a public root. A root re-issued or cross-signed
 * under the same name and key counts as the public one: OpenSSL may build the chain to either copy.
 */
function reachesPublic(cert: X509Certificate, pub: Indexed): boolean {
  if (pub.byFingerprint.has(cert.fingerprint256)) return true;
  if ((pub.bySubject.get(cert.subject) ?? []).some((p) => p.publicKey.equals(cert.publicKey)))
    return true;
  return (pub.bySubject.get(cert.issuer) ?? []).some(
    (p) => cert.checkIssued(p) && cert.verify(p.publicKey),
  );
}

export interface TrustInputs {
  publicPems: readonly string[];
  publicSource: TrustStores['public'];
  os: OsRoots;
  extraPems: readonly string[];
}

/** The trust set from its three stores (issue 12: the root decides, not the issuer's name). */
export function buildTrust(inputs: TrustInputs): TrustSet {
  const pub = index(inputs.publicPems);
  const os = index(inputs.os.roots.map((r) => r.pem));
  const originOf = new Map<string, string>();
  for (const r of inputs.os.roots) {
    const fp = parseCertificate(r.pem)?.fingerprint256;
    if (fp && r.origin && !originOf.has(fp)) originOf.set(fp, r.origin);
  }
  const extra = index(inputs.extraPems);
  const context = createSecureContext({
    ca: [...inputs.publicPems, ...inputs.os.roots.map((r) => r.pem), ...inputs.extraPems],
  });
  return {
    context,
    stores: {
      public: inputs.publicSource,
      publicRoots: pub.byFingerprint.size,
      os: inputs.os.source,
      osRoots: os.byFingerprint.size,
      extraRoots: extra.byFingerprint.size,
      ...(inputs.os.error ? { osError: inputs.os.error } : {}),
    },
    classify(chain) {
      const root = chain.at(-1);
      if (chain.some((c) => reachesPublic(c, pub))) return { root, trustedBy: 'public' };
      if (!root) return { root, trustedBy: null };
      if (extra.byFingerprint.has(root.fingerprint256)) return { root, trustedBy: 'ca' };
      if (os.byFingerprint.has(root.fingerprint256)) {
        const origin = originOf.get(root.fingerprint256);
        return { root, trustedBy: 'os', ...(origin ? { origin } : {}) };
      }
      return { root, trustedBy: null };
    },
  };
}

export interface LoadTrustOptions {
  env: NodeJS.ProcessEnv;
  extraCaPem?: readonly string[];
  /** Replaces the public list (tests); otherwise SESSION_PREP_PUBLIC_ROOTS or Node's bundled list. */
  publicRootsPem?: readonly string[];
  /** The OS's roots (tests); otherwise read from the OS (cached for a few minutes). */
  osRoots?: OsRoots;
  platform?: NodeJS.Platform;
  run?: CommandRunner;
}

// Reading the OS store can take a PowerShell start (a second or two on Windows): once per process, and
// again only after a while, so a wizard left open sees a root IT has just installed.
const OS_ROOTS_TTL_MS = 5 * 60_000;
let osCache: { key: string; at: number; roots: Promise<OsRoots> } | undefined;

function cachedOsRoots(o: LoadTrustOptions): Promise<OsRoots> {
  const platform = o.platform ?? process.platform;
  const key = `${platform}\n${o.env.HOME ?? ''}\n${o.env.SSL_CERT_FILE ?? ''}`;
  if (!osCache || osCache.key !== key || Date.now() - osCache.at > OS_ROOTS_TTL_MS) {
    osCache = {
      key,
      at: Date.now(),
      roots: readOsRoots({
        platform,
        env: o.env,
        ...(o.run ? { run: o.run } : {}),
        ...(o.env.HOME ? { home: o.env.HOME } : {}),
      }),
    };
  }
  return osCache.roots;
}

let trustCache: { key: string; os: OsRoots; trust: TrustSet } | undefined;

/**
 * The run's trust set: public roots, the OS's store and `--ca`. Built once while they stay the same:
 * parsing the bundles costs tens of milliseconds, which per connection would serialise the handshakes.
 */
export async function loadTrust(o: LoadTrustOptions): Promise<TrustSet> {
  let publicPems = o.publicRootsPem;
  let publicSource: TrustStores['public'] = 'file';
  if (!publicPems) {
    const found = publicRootsFrom(o.env);
    // The front doors refuse a bad file before a run starts (core-options); here it is a bug.
    if (!found.ok) throw new Error(`SESSION_PREP_PUBLIC_ROOTS ${found.file}: ${found.message}`);
    publicPems = found.pems;
    publicSource = found.source;
  }
  const os = o.osRoots ?? (await cachedOsRoots(o));
  const extraPems = o.extraCaPem ?? [];
  const key = [publicSource, publicPems.join(''), extraPems.join('')].join('\n');
  if (trustCache?.key !== key || trustCache.os !== os)
    trustCache = { key, os, trust: buildTrust({ publicPems, publicSource, os, extraPems }) };
  return trustCache.trust;
}
