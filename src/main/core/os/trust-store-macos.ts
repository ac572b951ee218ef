import type { CommandSpec } from './command';
import { splitLines } from './text-lines';

const SECURITY = '/usr/bin/security';

/**
 * The keychains whose certificates can be trust anchors: Apple's own roots (trusted as shipped), the
 * System keychain (where admins and MDM put company roots) and the user's login keychain.
 */
export const macosKeychains = {
  systemRoots: '/System/Library/Keychains/SystemRootCertificates.keychain',
  system: '/Library/Keychains/System.keychain',
  login: (home: string) => `${home}/Library/Keychains/login.keychain-db`,
} as const;

/** Every certificate of a keychain, as PEM (`security find-certificate -a -p KEYCHAIN`). */
export function keychainCertificatesCommand(keychain: string): CommandSpec {
  return { file: SECURITY, args: ['find-certificate', '-a', '-p', keychain], timeoutMs: 15_000 };
}

/** The trust settings of a domain: `-d` the admin domain (what `add-trusted-cert -d` and MDM set), none the user's. */
export function trustSettingsCommand(domain: 'admin' | 'user'): CommandSpec {
  return {
    file: SECURITY,
    args: ['dump-trust-settings', ...(domain === 'admin' ? ['-d'] : [])],
    timeoutMs: 15_000,
  };
}

/** One usage constraint of `security dump-trust-settings`, as printed. */
export interface TrustSetting {
  policy?: string;
  policyString?: string;
  allowedError?: string;
  resultType?: string;
}

export interface TrustSettingsEntry {
  /** The label `security` prints: what SecCertificateInferLabel makes of the subject (usually its CN). */
  label: string;
  settings: TrustSetting[];
}

const FIELD =
  /^\s*(Policy OID|Policy String|Allowed Error|Result Type|Application|Key Usage)\s*:\s*(.*)$/;

/**
 * `security dump-trust-settings [-d]`: "Cert N: label", "Number of trust settings : N", then each "Trust
 * Setting N:" with its fields (Apple's trusted_cert_dump.c). Lines before the first "Cert" are skipped, so
 * an excerpt that starts inside a certificate's block is read from the next one.
 */
export function parseTrustSettings(text: string): TrustSettingsEntry[] {
  const entries: TrustSettingsEntry[] = [];
  let entry: TrustSettingsEntry | undefined;
  let setting: TrustSetting | undefined;
  for (const line of splitLines(text)) {
    const cert = /^Cert \d+: (.*)$/.exec(line);
    if (cert) {
      entry = { label: (cert[1] ?? '').trim(), settings: [] };
      entries.push(entry);
      setting = undefined;
      continue;
    }
    if (!entry) continue;
    if (/^\s*Trust Setting \d+:\s*$/.test(line)) {
      setting = {};
      entry.settings.push(setting);
      continue;
    }
    const field = FIELD.exec(line);
    if (!field || !setting) continue;
    const value = (field[2] ?? '').trim();
    if (field[1] === 'Policy OID') setting.policy = value;
    else if (field[1] === 'Policy String') setting.policyString = value;
    else if (field[1] === 'Allowed Error') setting.allowedError = value;
    else if (field[1] === 'Result Type') setting.resultType = value;
  }
  return entries;
}

const TRUSTS_AS_ROOT = new Set([
  'kSecTrustSettingsResultTrustRoot',
  'kSecTrustSettingsResultTrustAsRoot',
]);

/**
 * Whether a certificate's settings make it a trust anchor for TLS servers. An empty list means "always
 * trust" (Apple: SecTrustSettingsCopyTrustSettings); otherwise only constraints for every policy or for
 * SSL count, and only without a host restriction (a Policy String) — a Deny among them wins. A missing
 * Result Type is TrustRoot, Apple's default.
 */
export function isTrustedRootForTls(entry: TrustSettingsEntry): boolean {
  if (entry.settings.length === 0) return true;
  const forTls = entry.settings.filter(
    (s) => (s.policy === undefined || s.policy === 'SSL') && s.policyString === undefined,
  );
  if (forTls.some((s) => s.resultType === 'kSecTrustSettingsResultDeny')) return false;
  return forTls.some((s) => s.resultType === undefined || TRUSTS_AS_ROOT.has(s.resultType));
}

/**
 * `security` exits 1 with "SecTrustSettingsCopyCertificates: No Trust Settings were found." when a domain
 * has no settings at all: that is an empty domain, not a failure.
 */
export function isNoTrustSettings(stderr: string): boolean {
  return /No Trust Settings were found/i.test(stderr);
}
