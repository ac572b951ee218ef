import type { CommandSpec } from './command';
import { powerShellCommand } from './powershell';
import { splitLines } from './text-lines';

/**
 * Where Windows keeps the roots someone added, each a registry-backed physical store (Microsoft, "System
 * Store Locations"): the machine's and the user's own Root stores, the stores Group Policy fills (machine
 * and user), and the enterprise store of the domain. Read one by one rather than through `Cert:\…\Root`,
 * whose logical store also holds AuthRoot, Microsoft's own program roots that Windows Update installs:
 * those are public, and counting them as "added" would call a genuine chain intercepted. Chromium and
 * Node (`--use-system-ca`) read the same physical stores.
 */
export const windowsRootStores = [
  ['machine', 'HKLM:\\SOFTWARE\\Microsoft\\SystemCertificates\\ROOT\\Certificates'],
  ['user', 'HKCU:\\SOFTWARE\\Microsoft\\SystemCertificates\\Root\\Certificates'],
  ['group-policy', 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\Root\\Certificates'],
  [
    'user-group-policy',
    'HKCU:\\SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\Root\\Certificates',
  ],
  ['enterprise', 'HKLM:\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\Root\\Certificates'],
] as const;

export type WindowsRootOrigin = (typeof windowsRootStores)[number][0];

/**
 * Our script's output, one line per certificate: `cert <TAB> origin <TAB> SHA-1 thumbprint <TAB> base64 of
 * the registry Blob`; a store that exists but cannot be read prints `error <TAB> origin <TAB> message`.
 * The Blob is parsed here, not by .NET, so the result does not depend on the PowerShell version.
 */
export function windowsTrustStoreCommand(): CommandSpec {
  const stores = windowsRootStores
    .map(([origin, path]) => `  @('${origin}', '${path.replace(/'/g, "''")}')`)
    .join(',\n');
  return powerShellCommand(
    `$stores = @(
${stores}
)
foreach ($s in $stores) {
  if (Test-Path -LiteralPath $s[1]) {
    try {
      Get-ChildItem -LiteralPath $s[1] -ErrorAction Stop | ForEach-Object {
        $blob = (Get-ItemProperty -LiteralPath $_.PSPath -Name 'Blob' -ErrorAction SilentlyContinue).Blob
        if ($blob) { "cert\`t$($s[0])\`t$($_.PSChildName)\`t$([Convert]::ToBase64String($blob))" }
      }
    } catch { "error\`t$($s[0])\`t$($_.Exception.Message)" }
  }
}`,
    20_000,
  );
}

// CERT_CERT_PROP_ID: the element of a serialized certificate that holds the DER certificate itself.
const CERT_CERT_PROP_ID = 32;

/**
 * The DER certificate inside a registry `Blob` (a serialized certificate store element): a run of
 * properties, each `id (uint32 LE), reserved (uint32 LE, 1), length (uint32 LE), data`. Undefined when no
 * certificate element is found or a length runs past the end.
 */
export function certificateFromBlob(blob: Buffer): Buffer | undefined {
  let at = 0;
  while (at + 12 <= blob.length) {
    const id = blob.readUInt32LE(at);
    const length = blob.readUInt32LE(at + 8);
    const start = at + 12;
    if (start + length > blob.length) return undefined;
    if (id === CERT_CERT_PROP_ID) return blob.subarray(start, start + length);
    at = start + length;
  }
  return undefined;
}

export interface WindowsRoot {
  origin: WindowsRootOrigin;
  thumbprint: string;
  der: Buffer;
}

export interface WindowsTrustStore {
  roots: WindowsRoot[];
  /** Stores that exist but could not be read, and lines whose Blob held no certificate. */
  errors: string[];
}

const origins = new Set<string>(windowsRootStores.map(([origin]) => origin));
const isOrigin = (o: string): o is WindowsRootOrigin => origins.has(o);

/** Reads the script's lines; anything else it printed is ignored. */
export function parseWindowsTrustStore(stdout: string): WindowsTrustStore {
  const roots: WindowsRoot[] = [];
  const errors: string[] = [];
  for (const line of splitLines(stdout)) {
    const [kind, origin = '', third = '', fourth = ''] = line.split('\t');
    if (kind === 'error' && isOrigin(origin)) errors.push(`${origin}: ${third}`);
    if (kind !== 'cert' || !isOrigin(origin)) continue;
    const der = certificateFromBlob(Buffer.from(fourth, 'base64'));
    if (der) roots.push({ origin, thumbprint: third.toUpperCase(), der });
    else errors.push(`${origin}: no certificate in the Blob of ${third}`);
  }
  return { roots, errors };
}
