import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lineEndingVariants, osFixture } from '../../../../test/fixtures/os/read-fixture';
import {
  assignmentsIn,
  commandsNamed,
  literals,
  literalsIn,
} from '../../../../test/fixtures/os/powershell-reader';
import { scriptOf } from './powershell';
import {
  certificateFromBlob,
  parseWindowsTrustStore,
  windowsRootStores,
  windowsTrustStoreCommand,
} from './trust-store-windows';

/** The bytes of a `.reg` export's `"Blob"=hex:…` value, continuation lines and all. */
function blobOfRegExport(text: string): { thumbprint: string; blob: Buffer } {
  const thumbprint = /\\Certificates\\([0-9A-F]{40})/i.exec(text)?.[1] ?? '';
  const hex = (/"Blob"=hex:([\s\S]*)$/.exec(text)?.[1] ?? '').replace(/[\\\s]/g, '');
  return { thumbprint, blob: Buffer.from(hex.split(',').join(''), 'hex') };
}

const exported = blobOfRegExport(osFixture('windows/reg-export-root-certificate-blob-excerpt.txt'));

describe('the Windows trust-store script', () => {
  const script = scriptOf(windowsTrustStoreCommand()) ?? '';

  it('reads the five registry-backed Root stores, Group Policy and enterprise included, and never AuthRoot', () => {
    expect(assignmentsIn(script).has('stores')).toBe(true);
    // Each store is an (origin, path) pair of literals, read back as PowerShell decodes them.
    expect(literalsIn(script).slice(0, 10)).toEqual(windowsRootStores.flat());
    expect(windowsRootStores.map(([, p]) => p)).toEqual([
      'HKLM:\\SOFTWARE\\Microsoft\\SystemCertificates\\ROOT\\Certificates',
      'HKCU:\\SOFTWARE\\Microsoft\\SystemCertificates\\Root\\Certificates',
      'HKLM:\\SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\Root\\Certificates',
      'HKCU:\\SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\Root\\Certificates',
      'HKLM:\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\Root\\Certificates',
    ]);
    expect(script).not.toMatch(/AuthRoot/i);
    expect(script).not.toMatch(/Cert:\\/i);
  });

  it('lists each store with -LiteralPath and prints the Blob value of every certificate key, as base64', () => {
    const list = commandsNamed(script, 'Get-ChildItem');
    expect(list).toHaveLength(1);
    expect(Object.keys(list[0]?.params ?? {})).toEqual(['LiteralPath', 'ErrorAction']);
    const read = commandsNamed(script, 'Get-ItemProperty');
    expect(read).toHaveLength(1);
    expect(literals(read[0]?.params.Name)).toEqual(['Blob']);
    expect(script).toContain('[Convert]::ToBase64String($blob)');
    expect(commandsNamed(script, 'Test-Path')).toHaveLength(1);
  });
});

describe('the Blob of a registry root (verbatim export)', () => {
  it('holds the DER certificate whose SHA-1 is the key name', () => {
    const der = certificateFromBlob(exported.blob);
    expect(der).toBeDefined();
    const cert = new X509Certificate(der ?? Buffer.alloc(0));
    expect(cert.subject).toBe('CN=www.adia-project.net');
    expect(cert.fingerprint.replace(/:/g, '')).toBe(exported.thumbprint);
    expect(exported.thumbprint).toBe('A31D3E0A4D99335EBD9B6F18E0915490F13525CA');
  });

  it('gives nothing for a Blob cut short or without a certificate element', () => {
    expect(certificateFromBlob(exported.blob.subarray(0, 60))).toBeUndefined();
    expect(certificateFromBlob(exported.blob.subarray(0, 32))).toBeUndefined();
    expect(certificateFromBlob(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('parseWindowsTrustStore (our script’s lines)', () => {
  const line = (origin: string) =>
    `cert\t${origin}\t${exported.thumbprint.toLowerCase()}\t${exported.blob.toString('base64')}`;

  it.each(
    lineEndingVariants(
      [
        line('group-policy'),
        line('machine'),
        'error\tenterprise\tRequested registry access is not allowed.',
        'cert\tgroup-policy\tDEAD\tAAAA',
        'cert\tAuthRoot\tX\tAAAA',
        'noise from a profile script',
        '',
      ].join('\n'),
    ),
  )(
    'keeps each root with its store, and says which lines it could not read ($name)',
    ({ text }) => {
      const store = parseWindowsTrustStore(text);
      expect(store.roots.map((r) => [r.origin, r.thumbprint])).toEqual([
        ['group-policy', exported.thumbprint],
        ['machine', exported.thumbprint],
      ]);
      expect(new X509Certificate(store.roots[0]?.der ?? Buffer.alloc(0)).subject).toBe(
        'CN=www.adia-project.net',
      );
      expect(store.errors).toEqual([
        'enterprise: Requested registry access is not allowed.',
        'group-policy: no certificate in the Blob of DEAD',
      ]);
    },
  );
});
