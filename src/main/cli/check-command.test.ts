import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCertificate, type Pem } from '../../../test/fixtures/certificates';
import { closedPort } from '../../../test/fixtures/misbehaving-servers';
import type { RunningServer } from '../../../test/fixtures/running-server';
import { startTlsServer } from '../../../test/fixtures/tls-server';
import type { Catalog } from '../../shared/catalog';
import { checkRunSchema } from '../../shared/check-result';
import { builtInCatalog } from '../core/catalog/load-catalog';
import { commandOf, runCommand } from '../core/os/run-command';
import { testIo } from './cli-test-io';
import { main } from './index';

/** A catalog of one loopback endpoint on the given TLS port, trusting only the test's issuer. */
function loopbackCatalog(port: number): Catalog {
  const base = builtInCatalog();
  return {
    ...base,
    id: 'cli-test',
    endpoints: [{ host: '127.0.0.1', ports: [{ port, protocol: 'tls' }] }],
    domains: ['127.0.0.1'],
    tls: { expectedIssuers: ['Vendor Test CA'] },
  };
}

let dir: string;
let ca: Pem;
let caFile: string;
const servers: RunningServer[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-'));
  ca = await createCa('Vendor Test CA', 'Vendor Test CA');
  caFile = join(dir, 'ca.pem');
  await writeFile(caFile, ca.cert);
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function catalogFile(catalog: unknown, name = 'catalog.json'): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(catalog));
  return file;
}

describe('session-prep check: usage errors exit 2 with one line and the usage', () => {
  it.each([
    [['check', '--bogus'], /Unknown option '--bogus'/],
    [['check', '--only', 'everything'], /--only must be system, network or bandwidth/],
    [['check', '--timeout-ms', 'soon'], /--timeout-ms must be a whole number/],
    [
      ['check', '--idle', '0'],
      /--idle must be a whole number of seconds between 1 and 600, not "0"/,
    ],
    [['check', '--idle', '601'], /--idle must be a whole number of seconds between 1 and 600/],
    [['check', '--idle', '2.5'], /--idle must be a whole number of seconds between 1 and 600/],
    [['check', '--proxy', 'socks5://x:1'], /--proxy must be an http:\/\/ proxy URL/],
    [['check', '--lang', 'fr'], /--lang must be ja or en/],
    [['check', '--report', 'out.pdf'], /must end in \.json or \.html/],
    [['nonsense'], /there is no command "nonsense"/],
    [[], /Usage:/],
  ])('%j', async (argv, expected) => {
    const t = testIo();
    expect(await main(argv, t.io)).toBe(2);
    expect(t.err()).toMatch(expected);
    expect(t.err()).not.toMatch(/\n\s+at /);
    expect(t.out()).toBe('');
  });

  it('words a usage error in the language asked for, the last --lang winning as in parseArgs', async () => {
    const t = testIo({ lang: 'en' });
    expect(await main(['nonsense', '--lang', 'en', '--lang', 'ja'], t.io)).toBe(2);
    expect(t.err()).toContain('「nonsense」というコマンドはありません。');
  });

  it('refuses a catalog that does not validate, naming the field and what was expected', async () => {
    const bad = structuredClone(builtInCatalog()) as unknown as {
      requirements: { bandwidthKbps: { min: unknown } };
    };
    bad.requirements.bandwidthKbps.min = 'fast';
    const t = testIo();
    expect(await main(['check', '--catalog', await catalogFile(bad, 'bad.json')], t.io)).toBe(2);
    expect(t.err()).toContain('requirements.bandwidthKbps.min');
    expect(t.err()).toMatch(/expected number/i);
    expect(t.err()).not.toMatch(/\n\s+at /);
  });

  it('refuses a --ca file that holds no certificate', async () => {
    const notPem = join(dir, 'not.pem');
    await writeFile(notPem, 'hello');
    const t = testIo();
    expect(await main(['check', '--ca', notPem], t.io)).toBe(2);
    expect(t.err()).toMatch(/holds no PEM certificate/);
  });

  it('refuses a corrupt --ca file before any check runs, naming the file (not a later tls_untrusted)', async () => {
    const broken = join(dir, 'broken.pem');
    // The certificate's body damaged, as a bad copy leaves it: the markers are there, the DER is not.
    await writeFile(broken, ca.cert.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!'));
    const t = testIo();
    expect(await main(['check', '--ca', broken, '--only', 'network', '--json'], t.io)).toBe(2);
    expect(t.err()).toBe(
      `session-prep check: The --ca file ${broken} holds a certificate that cannot be read (certificate 1 of 1). Export the corporate root again as PEM (Base-64) and try again.\n`,
    );
    expect(t.out()).toBe('');
  });
});

describe('session-prep check: results', () => {
  it('prints only the result document with --json and exits 0 when ready (the vendor CA stands in for the public roots)', async () => {
    const pem = await issueCertificate(ca, { commonName: '127.0.0.1', altNames: ['127.0.0.1'] });
    const server = await startTlsServer({ pem });
    servers.push(server);
    const t = testIo({ env: { ...process.env, SESSION_PREP_PUBLIC_ROOTS: caFile } });
    const code = await main(
      [
        'check',
        '--catalog',
        await catalogFile(loopbackCatalog(server.port)),
        '--only',
        'network',
        '--json',
      ],
      t.io,
    );
    const run = checkRunSchema.parse(JSON.parse(t.out()));
    expect(run.checks.find((c) => c.id === `tls:127.0.0.1:${server.port}`)).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      detail: { root: { trustedBy: 'public' }, trust: { public: 'file', publicRoots: 1 } },
    });
    expect(run.ready).toBe(true);
    expect(code).toBe(0);
  });

  it('trusts every certificate of a --ca bundle: a chain to its second root is trusted, as the inspection it is', async () => {
    const other = await createCa('Another Corporate Root');
    const bundle = join(dir, 'bundle.pem');
    // The issuer second: a bundle that only used its first block would give tls_untrusted.
    await writeFile(bundle, `${other.cert}\n${ca.cert}`);
    const pem = await issueCertificate(ca, { commonName: '127.0.0.1', altNames: ['127.0.0.1'] });
    const server = await startTlsServer({ pem });
    servers.push(server);
    const t = testIo();
    const args = ['--catalog', await catalogFile(loopbackCatalog(server.port), 'bundle.json')];
    expect(
      await main(['check', ...args, '--ca', bundle, '--only', 'network', '--json'], t.io),
    ).toBe(1);
    const run = checkRunSchema.parse(JSON.parse(t.out()));
    expect(run.checks.find((c) => c.kind === 'tls')).toMatchObject({
      verdict: 'tls_intercepted',
      detail: { root: { trustedBy: 'ca', subject: 'CN=Vendor Test CA, O=Vendor Test CA' } },
    });
  });

  it('refuses a SESSION_PREP_PUBLIC_ROOTS file that holds no certificate, naming it (exit 2)', async () => {
    const notPem = join(dir, 'public-not.pem');
    await writeFile(notPem, 'hello');
    const t = testIo({ env: { ...process.env, SESSION_PREP_PUBLIC_ROOTS: notPem } });
    expect(await main(['check', '--only', 'network'], t.io)).toBe(2);
    expect(t.err()).toContain(
      `SESSION_PREP_PUBLIC_ROOTS names ${notPem}, which holds no PEM certificate.`,
    );
    expect(t.out()).toBe('');
  });

  it('--join: a refused invitation exits 2 with the reason and runs nothing; a valid one picks its data centre', async () => {
    const bad = testIo();
    expect(
      await main(
        ['check', '--join', 'https://assist.zoho.com.evil.example/join?key=123456789'],
        bad.io,
      ),
    ).toBe(2);
    expect(bad.err()).toMatch(/^session-prep check: --join: /);
    expect(bad.out()).toBe('');
    const pem = await issueCertificate(ca, { commonName: '127.0.0.1', altNames: ['127.0.0.1'] });
    const server = await startTlsServer({ pem });
    servers.push(server);
    const catalog = {
      ...loopbackCatalog(server.port),
      endpoints: [
        { host: '127.0.0.1', ports: [{ port: server.port, protocol: 'tls' as const }] },
        { host: 'eu.invalid', ports: [443], region: 'eu' },
      ],
    };
    const t = testIo({ env: { ...process.env, SESSION_PREP_PUBLIC_ROOTS: caFile } });
    const file = await catalogFile(catalog, 'join.json');
    const args = ['check', '--catalog', file, '--only', 'network', '--json'];
    expect(await main([...args, '--join', 'https://join.zoho.com/123456789'], t.io)).toBe(0);
    const run = checkRunSchema.parse(JSON.parse(t.out()));
    expect(run.dataCentre).toEqual({ region: 'us', source: 'invitation' });
    expect(run.checks.some((c) => c.target?.host === 'eu.invalid')).toBe(false);
    expect(run.notTested?.[0]).toMatch(
      /^eu\.invalid: not checked; it belongs to the eu data centre/,
    );
  });

  it('exits 1 and gives the fix in the summary when a port is refused', async () => {
    const port = await closedPort();
    const t = testIo({ lang: 'ja' });
    const code = await main(
      ['check', '--catalog', await catalogFile(loopbackCatalog(port)), '--only', 'network'],
      t.io,
    );
    expect(code).toBe(1);
    expect(t.out()).toContain(`tcp:127.0.0.1:${port}`);
    expect(t.out()).toContain('準備が必要な項目があります');
    expect(t.out()).toMatch(/→ .+/);
  });

  it('writes the report by extension with --report, and redacts with --redact', async () => {
    const port = await closedPort();
    const file = await catalogFile(loopbackCatalog(port), 'report.json');
    const html = join(dir, 'out.html');
    const json = join(dir, 'out.json');
    const env = {
      PATH: process.env.PATH,
      XDG_STATE_HOME: join(dir, 'state'),
      HTTPS_PROXY: 'http://alice:s3cret@127.0.0.1:9',
    };
    const a = testIo({ env });
    expect(
      await main(
        ['check', '--catalog', file, '--only', 'network', '--report', html, '--timeout-ms', '1000'],
        a.io,
      ),
    ).toBe(1);
    const page = await readFile(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toContain('Content-Security-Policy');
    expect(page).not.toContain('s3cret');
    const b = testIo({ env });
    expect(
      await main(
        [
          'check',
          '--catalog',
          file,
          '--only',
          'network',
          '--report',
          json,
          '--redact',
          '--timeout-ms',
          '1000',
        ],
        b.io,
      ),
    ).toBe(1);
    const doc = JSON.parse(await readFile(json, 'utf8')) as { checks: unknown[] };
    expect(doc.checks.length).toBeGreaterThan(0);
    // A copy of each report is kept among the last ones in the data folder.
    const kept = await readdir(join(dir, 'state', 'session-prep', 'reports'));
    expect(kept.some((n) => n.endsWith('-redacted.json'))).toBe(true);
    expect(kept.some((n) => n.endsWith('.html'))).toBe(true);
    // The run is kept for the next command (the allow-list for IT), unredacted, in the data folder.
    const last = checkRunSchema.parse(
      JSON.parse(await readFile(join(dir, 'state', 'session-prep', 'last-run.json'), 'utf8')),
    );
    expect(last.checks.map((c) => c.id)).toEqual((doc.checks as { id: string }[]).map((c) => c.id));
    const bytes = await readFile(json, 'utf8');
    expect(bytes).not.toContain('s3cret');
    expect(bytes).not.toContain('alice');
  });

  it('works through `npm run --silent check --` with nothing else on stdout', async () => {
    const port = await closedPort();
    const file = await catalogFile(loopbackCatalog(port), 'npm.json');
    const result = await runCommand(
      commandOf(
        ['npm', 'run', '--silent', 'check', '--', '--catalog', file, '--only', 'network', '--json'],
        120_000,
      ),
    );
    expect(result.code).toBe(1);
    const run = checkRunSchema.parse(JSON.parse(result.stdout));
    expect(run.checks.find((c) => c.id === `tcp:127.0.0.1:${port}`)?.verdict).toBe('tcp_refused');
  });
});
