import { readFile } from 'node:fs/promises';
import * as tls from 'node:tls';
import type { TrustStores } from '../../../shared/details';
import { failureText, runCommand, type CommandRunner } from '../os/run-command';
import {
  isNoTrustSettings,
  isTrustedRootForTls,
  keychainCertificatesCommand,
  macosKeychains,
  parseTrustSettings,
  trustSettingsCommand,
  type TrustSettingsEntry,
} from '../os/trust-store-macos';
import { parseWindowsTrustStore, windowsTrustStoreCommand } from '../os/trust-store-windows';
import { derToPem, parseCertificate, splitPem } from './pem';

/** One root the OS trusts, and where the OS got it (Windows: group-policy, enterprise…; macOS: admin, user). */
export interface OsRoot {
  pem: string;
  origin?: string;
}

export interface OsRoots {
  source: TrustStores['os'];
  roots: OsRoot[];
  /** Why the store could not be read (fully). */
  error?: string;
}

export interface OsTrustOptions {
  platform: NodeJS.Platform;
  run?: CommandRunner;
  env?: NodeJS.ProcessEnv;
  home?: string;
  /** The runtime's own reader of the OS store; by default `tls.getCACertificates('system')` where it exists. */
  runtime?: (() => string[]) | null;
}

/**
 * `tls.getCACertificates('system')`: the Node inside recent Electron has it (Node 22.15 and later), Node
 * 20 does not. Found by feature, not by version, so a backport counts too.
 */
export function runtimeSystemRoots(): (() => string[]) | undefined {
  const get: unknown = (tls as unknown as Record<string, unknown>).getCACertificates;
  if (typeof get !== 'function') return undefined;
  return () => {
    const found: unknown = get.call(tls, 'system');
    return Array.isArray(found) ? found.filter((p): p is string => typeof p === 'string') : [];
  };
}

// Where distributions keep the bundle `update-ca-certificates` and `update-ca-trust` write (the list Go
// and OpenSSL-based tools search); SSL_CERT_FILE, OpenSSL's own override, first.
const LINUX_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt', // Debian, Ubuntu, Gentoo, Arch
  '/etc/pki/tls/certs/ca-bundle.crt', // Fedora, RHEL 6
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem', // CentOS, RHEL 7+
  '/etc/ssl/ca-bundle.pem', // openSUSE
  '/etc/pki/tls/cacert.pem', // OpenELEC
  '/etc/ssl/cert.pem', // Alpine
];

async function linuxBundle(env: NodeJS.ProcessEnv): Promise<OsRoots> {
  const candidates = [...(env.SSL_CERT_FILE ? [env.SSL_CERT_FILE] : []), ...LINUX_BUNDLES];
  for (const file of candidates) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    return { source: 'linux-bundle', roots: splitPem(text).map((pem) => ({ pem, origin: file })) };
  }
  return { source: 'linux-bundle', roots: [], error: 'no CA bundle found' };
}

async function windowsStores(run: CommandRunner): Promise<OsRoots> {
  const outcome = await run(windowsTrustStoreCommand());
  if (!outcome.ok) return { source: 'windows', roots: [], error: failureText(outcome) };
  const { roots, errors } = parseWindowsTrustStore(outcome.stdout);
  return {
    source: 'windows',
    roots: roots.map((r) => ({ pem: derToPem(r.der), origin: r.origin })),
    ...(errors.length ? { error: errors.join('; ') } : {}),
  };
}

/** The names SecCertificateInferLabel may have given a certificate: its CN, else its O or OU. */
function labelsOf(pem: string): string[] {
  const cert = parseCertificate(pem);
  if (!cert) return [];
  const values = (key: string) =>
    cert.subject
      .split('\n')
      .filter((l) => l.startsWith(`${key}=`))
      .map((l) => l.slice(key.length + 1).trim());
  return [...values('CN'), ...values('O'), ...values('OU')];
}

async function macosStores(run: CommandRunner, home: string): Promise<OsRoots> {
  const errors: string[] = [];
  const pemsOf = async (keychain: string) => {
    const outcome = await run(keychainCertificatesCommand(keychain));
    if (!outcome.ok) {
      errors.push(`${keychain}: ${failureText(outcome)}`);
      return [];
    }
    return splitPem(outcome.stdout);
  };
  const settingsOf = async (domain: 'admin' | 'user'): Promise<TrustSettingsEntry[]> => {
    const outcome = await run(trustSettingsCommand(domain));
    if (outcome.ok) return parseTrustSettings(outcome.stdout);
    if (!isNoTrustSettings(outcome.stderr))
      errors.push(`${domain} trust settings: ${failureText(outcome)}`);
    return [];
  };
  const [appleRoots, system, login, admin, user] = await Promise.all([
    pemsOf(macosKeychains.systemRoots),
    pemsOf(macosKeychains.system),
    pemsOf(macosKeychains.login(home)),
    settingsOf('admin'),
    settingsOf('user'),
  ]);
  // A certificate in the System or login keychain is an anchor only when a trust setting makes it one.
  const trusted = (entries: TrustSettingsEntry[]) =>
    new Set(entries.filter(isTrustedRootForTls).map((e) => e.label));
  const byAdmin = trusted(admin);
  const byUser = trusted(user);
  const roots: OsRoot[] = appleRoots.map((pem) => ({ pem, origin: 'system' }));
  for (const pem of [...system, ...login]) {
    const labels = labelsOf(pem);
    if (labels.some((l) => byAdmin.has(l))) roots.push({ pem, origin: 'admin' });
    else if (labels.some((l) => byUser.has(l))) roots.push({ pem, origin: 'user' });
  }
  return { source: 'macos', roots, ...(errors.length ? { error: errors.join('; ') } : {}) };
}

/**
 * The roots the OS trusts: the runtime's own reader where it has one, otherwise the OS's tools (Windows:
 * the registry stores through PowerShell; macOS: `security`; Linux: the distribution's bundle).
 */
export async function readOsRoots(o: OsTrustOptions): Promise<OsRoots> {
  const runtime = o.runtime === null ? undefined : (o.runtime ?? runtimeSystemRoots());
  if (runtime) {
    try {
      return { source: 'runtime', roots: runtime().map((pem) => ({ pem })) };
    } catch (e) {
      // Fall through to the OS's own tools: the runtime's reader is an optimisation, not the only way.
      void e;
    }
  }
  const run = o.run ?? runCommand;
  switch (o.platform) {
    case 'win32':
      return windowsStores(run);
    case 'darwin':
      return macosStores(run, o.home ?? o.env?.HOME ?? '');
    default:
      return linuxBundle(o.env ?? {});
  }
}
