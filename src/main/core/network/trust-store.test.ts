import { X509Certificate } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCertificate, type Pem } from '../../../../test/fixtures/certificates';
import { exited, fakeRunner } from '../../../../test/fixtures/os/fake-runner';
import { osFixture } from '../../../../test/fixtures/os/read-fixture';
import { readOsRoots, runtimeSystemRoots } from './os-trust-store';
import { splitPem } from './pem';
import { buildTrust } from './trust-store';

let publicRoot: Pem;
let corpRoot: Pem;
let dir: string;
beforeAll(async () => {
  [publicRoot, corpRoot] = await Promise.all([
    createCa('Stand-in Public Root', 'Public Trust'),
    createCa('Corp Root', 'Example Corp'),
  ]);
  dir = await mkdtemp(join(tmpdir(), 'sp-trust-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const x509 = (pem: string) => splitPem(pem).map((p) => new X509Certificate(p));

describe('buildTrust: the root decides', () => {
  const trustWith = (os: { pem: string; origin?: string }[], extra: string[] = []) =>
    buildTrust({
      publicPems: [publicRoot.cert],
      publicSource: 'file',
      os: { source: 'windows', roots: os },
      extraPems: extra,
    });

  it('a chain to a public root is public, whatever else trusts it', async () => {
    const leaf = await issueCertificate(publicRoot, {
      commonName: 'a.example',
      altNames: ['a.example'],
    });
    const trust = trustWith([{ pem: publicRoot.cert, origin: 'machine' }], [publicRoot.cert]);
    expect(trust.classify([...x509(leaf.cert), ...x509(publicRoot.cert)])).toMatchObject({
      trustedBy: 'public',
    });
    expect(trust.stores).toEqual({
      public: 'file',
      publicRoots: 1,
      os: 'windows',
      osRoots: 1,
      extraRoots: 1,
    });
  });

  it('a chain ending at the OS store’s own root is the OS’s, with where the OS got it', async () => {
    const leaf = await issueCertificate(corpRoot, {
      commonName: 'a.example',
      altNames: ['a.example'],
    });
    const trust = trustWith([{ pem: corpRoot.cert, origin: 'group-policy' }]);
    expect(trust.classify([...x509(leaf.cert), ...x509(corpRoot.cert)])).toMatchObject({
      trustedBy: 'os',
      origin: 'group-policy',
    });
    expect(trustWith([], [corpRoot.cert]).classify(x509(leaf.cert + corpRoot.cert))).toMatchObject({
      trustedBy: 'ca',
    });
    expect(trustWith([]).classify(x509(leaf.cert + corpRoot.cert)).trustedBy).toBeNull();
  });

  it('an intermediate issued by a public root makes the chain public even if it ends elsewhere (cross-signing)', async () => {
    const inter = await issueCertificate(publicRoot, {
      commonName: 'Cross Intermediate',
      altNames: [],
      isCa: true,
    });
    const leaf = await issueCertificate(inter, {
      commonName: 'a.example',
      altNames: ['a.example'],
    });
    // As OpenSSL may build it: leaf, intermediate, then an OS root of another name above it.
    const trust = trustWith([{ pem: corpRoot.cert }]);
    expect(trust.classify(x509(leaf.cert + inter.cert + corpRoot.cert)).trustedBy).toBe('public');
  });
});

describe('readOsRoots', () => {
  it('uses the runtime’s own reader when the runtime has one (found by feature, not by version)', async () => {
    const hasApi =
      typeof (tls as unknown as Record<string, unknown>).getCACertificates === 'function';
    expect(runtimeSystemRoots() !== undefined).toBe(hasApi);
    const roots = await readOsRoots({ platform: 'win32', runtime: () => [corpRoot.cert] });
    expect(roots).toEqual({ source: 'runtime', roots: [{ pem: corpRoot.cert }] });
  });

  it('Linux: the distribution bundle, SSL_CERT_FILE first', async () => {
    const bundle = join(dir, 'bundle.pem');
    await writeFile(bundle, `# a comment\n${corpRoot.cert}${publicRoot.cert}`);
    const roots = await readOsRoots({
      platform: 'linux',
      runtime: null,
      env: { SSL_CERT_FILE: bundle },
    });
    expect(roots.source).toBe('linux-bundle');
    expect(roots.roots.map((r) => r.origin)).toEqual([bundle, bundle]);
    expect(roots.roots.map((r) => new X509Certificate(r.pem).subject)).toEqual([
      'CN=Corp Root\nO=Example Corp',
      'CN=Stand-in Public Root\nO=Public Trust',
    ]);
  });

  it('Windows: the registry stores through the PowerShell script, each root with its store', async () => {
    const reg = osFixture('windows/reg-export-root-certificate-blob-excerpt.txt');
    const hex = (/"Blob"=hex:([\s\S]*)$/.exec(reg)?.[1] ?? '').replace(/[\\\s,]/g, '');
    const blob = Buffer.from(hex, 'hex').toString('base64');
    const run = fakeRunner((argv) =>
      argv[0] === 'powershell.exe'
        ? exited(0, `cert\tgroup-policy\tA31D3E0A4D99335EBD9B6F18E0915490F13525CA\t${blob}\r\n`)
        : exited(1),
    );
    const roots = await readOsRoots({ platform: 'win32', runtime: null, run });
    expect(roots.source).toBe('windows');
    expect(roots.roots).toHaveLength(1);
    expect(roots.roots[0]?.origin).toBe('group-policy');
    expect(new X509Certificate(roots.roots[0]?.pem ?? '').subject).toBe('CN=www.adia-project.net');
    const failed = await readOsRoots({
      platform: 'win32',
      runtime: null,
      run: fakeRunner(() => exited(1, '', 'PowerShell is blocked by policy')),
    });
    expect(failed).toEqual({
      source: 'windows',
      roots: [],
      error: 'PowerShell is blocked by policy',
    });
  });

  it('macOS: Apple’s roots, and System/login keychain certificates only where an admin or user trust setting trusts them', async () => {
    const other = await createCa('Left Untrusted', 'Nobody');
    const run = fakeRunner((argv) => {
      const [, sub, ...rest] = argv;
      if (sub === 'find-certificate') {
        const keychain = rest.at(-1) ?? '';
        if (keychain.includes('SystemRootCertificates')) return exited(0, publicRoot.cert);
        if (keychain === '/Library/Keychains/System.keychain')
          return exited(0, `${corpRoot.cert}${other.cert}`);
        return exited(0, '');
      }
      if (sub === 'dump-trust-settings' && rest[0] === '-d')
        return exited(
          0,
          'Number of trusted certs = 1\nCert 0: Corp Root\n   Number of trust settings : 0\n',
        );
      return exited(1, '', 'SecTrustSettingsCopyCertificates: No Trust Settings were found.\n');
    });
    const roots = await readOsRoots({ platform: 'darwin', runtime: null, run, home: '/Users/t' });
    expect(roots.error).toBeUndefined();
    expect(
      roots.roots.map((r) => [new X509Certificate(r.pem).subject.split('\n')[0], r.origin]),
    ).toEqual([
      ['CN=Stand-in Public Root', 'system'],
      ['CN=Corp Root', 'admin'],
    ]);
    expect(run.calls.map((c) => c.slice(1).join(' '))).toEqual(
      expect.arrayContaining([
        'find-certificate -a -p /Users/t/Library/Keychains/login.keychain-db',
        'dump-trust-settings -d',
        'dump-trust-settings',
      ]),
    );
  });
});
