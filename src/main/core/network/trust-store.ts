import { existsSync, readFileSync } from 'node:fs';
import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';

// Debian/Ubuntu's bundle holds the roots the admin added (update-ca-certificates), which Node's
// built-in list does not know about.
const LINUX_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

let system: string[] | undefined;

/** The system's trusted roots: the Linux bundle when present, else Node's own list. */
export function systemRoots(): string[] {
  if (!system) {
    system =
      process.platform === 'linux' && existsSync(LINUX_BUNDLE)
        ? [readFileSync(LINUX_BUNDLE, 'utf8')]
        : [...rootCertificates];
  }
  return system;
}

/** What TLS checks trust: the system's roots plus the certificates given with `--ca`. */
export function trustedCas(extraCaPem: readonly string[] = []): string[] {
  return [...systemRoots(), ...extraCaPem];
}

let cached: { key: string; context: SecureContext } | undefined;

/**
 * One TLS context for the trusted roots, reused while `--ca` stays the same: building it parses the
 * whole bundle (tens of milliseconds), which per connection would serialise concurrent handshakes.
 */
export function trustContext(extraCaPem: readonly string[] = []): SecureContext {
  const key = extraCaPem.join('\n');
  if (cached?.key !== key)
    cached = { key, context: createSecureContext({ ca: trustedCas(extraCaPem) }) };
  return cached.context;
}
