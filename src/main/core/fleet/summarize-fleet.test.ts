import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCertificate, type Pem } from '../../../../test/fixtures/certificates';
import {
  networkCatalog,
  runNetwork,
  tcpPort,
  tlsPort,
} from '../../../../test/fixtures/network-run';
import { listenTracked, type RunningServer } from '../../../../test/fixtures/running-server';
import { startTlsServer } from '../../../../test/fixtures/tls-server';
import type { CheckRun } from '../../../shared/check-result';
import { fleetSummarySchema, type FleetSummary } from '../../../shared/fleet-schemas';
import { buildReport } from '../report/build-report';
import { fleetCsv } from './fleet-csv';
import { fleetText } from './fleet-text';
import { summarizeFleet } from './summarize-fleet';
import { createServer } from 'node:net';

// Real runs of the engine against local servers (a vendor certificate, an inspecting one, a closed port),
// saved as `check --json` saves them, one file per PC; then broken and hostile files beside them.

let dir: string;
const servers: RunningServer[] = [];
let good: CheckRun;
let intercepted: CheckRun;
let refused: CheckRun;
let refusedPort: number;

const asPc = (run: CheckRun, hostname: string, startedAt = run.startedAt): CheckRun => ({
  ...run,
  startedAt,
  system: { ...run.system, hostname },
});
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-fleet-'));
  const [vendorCa, inspectorCa] = await Promise.all([
    createCa('Zoho Test Root', 'Zoho Test'),
    createCa('Inspector Root', 'Inspector Corp'),
  ]);
  const leaf = (ca: Pem, organization?: string) =>
    issueCertificate(ca, {
      commonName: 'localhost',
      altNames: ['localhost'],
      ...(organization ? { organization } : {}),
    });
  const vendor = await startTlsServer({ pem: await leaf(vendorCa, 'Zoho Test') });
  const inspector = await startTlsServer({ pem: await leaf(inspectorCa) });
  // A port that was open and is closed again: nothing listens, the connect is refused.
  const closed = await listenTracked(createServer());
  refusedPort = closed.port;
  await closed.close();
  servers.push(vendor, inspector);
  // The vendor's CA stands in for the public roots; the inspector's is trusted only as `--ca` (issue 12).
  const trust = { publicRootsPem: [vendorCa.cert], extraCaPem: [inspectorCa.cert] };
  const catalogFor = (port: number) =>
    networkCatalog([{ host: 'localhost', ports: [tlsPort(port)] }]);
  good = (await runNetwork(catalogFor(vendor.port), trust)).run;
  intercepted = (await runNetwork(catalogFor(inspector.port), trust)).run;
  refused = (
    await runNetwork(networkCatalog([{ host: 'localhost', ports: [tcpPort(refusedPort)] }]), trust)
  ).run;
  expect(good.ready).toBe(true);
  expect(intercepted.checks.some((c) => c.verdict === 'tls_intercepted')).toBe(true);
  expect(refused.checks.some((c) => c.verdict === 'tcp_refused')).toBe(true);
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function fleetOf(files: Record<string, unknown>, lang: 'en' | 'ja' = 'en') {
  const sub = await mkdtemp(join(dir, 'case-'));
  for (const [name, doc] of Object.entries(files)) {
    await mkdir(join(sub, name, '..'), { recursive: true });
    await writeFile(join(sub, name), typeof doc === 'string' ? doc : JSON.stringify(doc));
  }
  const summary = await summarizeFleet([sub], { lang, now: new Date('2026-12-01T09:00:00Z') });
  // What the command prints for --format json is exactly this document, and it is the method's result.
  return { summary: fleetSummarySchema.parse(summary), sub };
}

describe('summarizeFleet on real runs', () => {
  it('counts the PCs that are ready, by cause with where and which PCs, by OS', async () => {
    const { summary } = await fleetOf({
      'PC-01.json': asPc(good, 'PC-01'),
      'PC-02.json': asPc(refused, 'PC-02'),
      'sub/PC-03.json': asPc(intercepted, 'PC-03'),
      'sub/PC-04.json': asPc(refused, 'PC-04'),
    });
    expect(summary.pcs).toEqual({ total: 4, ready: 1, notReady: 3 });
    expect(summary.files).toEqual({ read: 4, skipped: 0 });
    const refusedCause = summary.byCause.find((c) => c.verdict === 'tcp_refused');
    expect(refusedCause).toEqual({
      verdict: 'tcp_refused',
      pcs: 2,
      blocking: 2,
      pcNames: ['PC-02', 'PC-04'],
      targets: [`localhost:${refusedPort}`],
    });
    expect(summary.byCause.find((c) => c.verdict === 'tls_intercepted')?.pcNames).toEqual([
      'PC-03',
    ]);
    // Network-only runs have no OS facts: one group, said so.
    expect(summary.byOs).toEqual([{ os: null, pcs: 4, ready: 1 }]);
    expect(summary.pcList.map((p) => [p.pc, p.ready])).toEqual([
      ['PC-01', true],
      ['PC-02', false],
      ['PC-03', false],
      ['PC-04', false],
    ]);
  });

  it('groups SSL inspection by the issuer when no product is named, and by product when issue 12 names one', async () => {
    const withProduct = structuredClone(asPc(intercepted, 'PC-06')) as CheckRun;
    const tls = withProduct.checks.find((c) => c.verdict === 'tls_intercepted');
    // The contract addition `detail.interception`, as issue 12 writes it on tls_intercepted checks.
    Object.assign(tls?.detail ?? {}, {
      interception: {
        product: 'Zscaler',
        matchedBy: 'issuer',
        issuer: 'CN=Zscaler Intermediate Root CA, O=Zscaler Inc.',
        root: 'CN=Zscaler Root CA',
      },
    });
    const { summary } = await fleetOf({
      'PC-05.json': asPc(intercepted, 'PC-05'),
      'PC-06.json': withProduct,
      'PC-07.json': asPc(good, 'PC-07'),
    });
    // Named products first among equals; an unnamed one is told apart by its issuer.
    expect(summary.byInterception).toEqual([
      {
        product: 'Zscaler',
        issuers: ['CN=Zscaler Intermediate Root CA, O=Zscaler Inc.'],
        pcs: 1,
        pcNames: ['PC-06'],
      },
      {
        product: null,
        issuers: ['CN=Inspector Root, O=Inspector Corp'],
        pcs: 1,
        pcNames: ['PC-05'],
      },
    ]);
  });

  it('compares the two latest runs of a PC, and counts a copied file once', async () => {
    const { summary } = await fleetOf({
      'monday/PC-02.json': asPc(refused, 'PC-02', '2026-11-30T09:00:00.000Z'),
      'tuesday/PC-02.json': asPc(good, 'PC-02', '2026-12-01T08:00:00.000Z'),
      'copy/PC-02.json': asPc(good, 'PC-02', '2026-12-01T08:00:00.000Z'),
      'older/PC-02.json': asPc(intercepted, 'PC-02', '2026-11-01T09:00:00.000Z'),
      'monday/PC-08.json': asPc(good, 'PC-08', '2026-11-30T09:00:00.000Z'),
      'tuesday/PC-08.json': asPc(good, 'PC-08', '2026-12-01T09:00:00.000Z'),
    });
    expect(summary.pcs).toEqual({ total: 2, ready: 2, notReady: 0 });
    expect(summary.changed).toEqual([
      {
        pc: 'PC-02',
        before: expect.objectContaining({ ready: false, startedAt: '2026-11-30T09:00:00.000Z' }),
        after: expect.objectContaining({ ready: true, startedAt: '2026-12-01T08:00:00.000Z' }),
        gone: expect.arrayContaining(['tcp_refused']),
        appeared: [],
      },
    ]);
    expect(summary.pcList.find((p) => p.pc === 'PC-02')?.runs).toBe(3);
  });

  it('tells redacted reports apart by their file names, since each says <host-1>', async () => {
    const names = { userNames: ['tanaka'], hostNames: ['PC-0142.corp.example.local'] };
    const report = (run: CheckRun) =>
      buildReport(asPc(run, 'PC-0142.corp.example.local'), { lang: 'en', redact: true, names });
    const a = report(refused);
    expect(a.system.hostname).toMatch(/^<host-\d+>$/);
    const { summary } = await fleetOf({
      'tokyo-12.json': a,
      'osaka-03.json': report(good),
      'PC-09.json': buildReport(asPc(good, 'PC-09'), { lang: 'en', redact: false }),
    });
    expect(summary.pcList.map((p) => p.pc)).toEqual(['osaka-03', 'PC-09', 'tokyo-12']);
    expect(summary.pcs.ready).toBe(2);
  });
});

describe('summarizeFleet on files that are not results', () => {
  it('lists each with its reason, and counts the rest', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const { summary, sub } = await fleetOf({
      'PC-01.json': asPc(good, 'PC-01'),
      'empty.json': '',
      'blank.json': '   \n',
      'notes.json': 'this is not JSON',
      'cut.json': JSON.stringify(asPc(good, 'PC-10')).slice(0, 500),
      'array.json': '[1, 2, 3]',
      'other-tool.json': { schemaVersion: 1, tool: { name: 'other', version: '1' } },
      'future.json': { ...asPc(good, 'PC-11'), schemaVersion: 2 },
      'bad-status.json': {
        ...asPc(good, 'PC-12'),
        checks: [{ ...good.checks[0], status: 'exploded' }],
      },
      'deep.json': deep,
      'ignored.txt': 'not a .json file inside a folder: not read at all',
    });
    await writeFile(join(sub, 'huge.json'), '');
    await truncate(join(sub, 'huge.json'), 17 * 1024 * 1024);
    await symlink(dir, join(sub, 'loop.json'));
    await symlink(join(sub, 'gone.json'), join(sub, 'dangling.json'));
    const again = await summarizeFleet([sub, join(sub, 'missing.json')], { lang: 'en' });
    expect(summary.files.read).toBe(1);
    expect(again.files.read).toBe(1);
    const reasons = Object.fromEntries(
      again.skipped.map((s) => [s.file.slice(sub.length + 1) || s.file, s.reason]),
    );
    expect(reasons).toMatchObject({
      'empty.json': 'the file is empty',
      'blank.json': 'the file is empty',
      'notes.json': expect.stringMatching(/^not JSON \(/),
      'cut.json': expect.stringMatching(/^not JSON \(/),
      'array.json': expect.stringMatching(/^not a Session Prep result or report \(\(document\)/),
      'other-tool.json': expect.stringMatching(/\(tool\.name: /),
      'future.json': expect.stringMatching(/\(schemaVersion: /),
      'bad-status.json': expect.stringMatching(/\(checks\[0\]\.status: /),
      'huge.json': expect.stringMatching(/^17\.0 MB: larger than any result file/),
      'loop.json': 'a link to a folder (links to folders are not followed)',
      'dangling.json': 'no such file or folder',
    });
    expect(reasons['deep.json']).toMatch(/^not (JSON|a Session Prep result)/);
    expect(again.skipped.find((s) => s.file.endsWith('missing.json'))?.reason).toBe(
      'no such file or folder',
    );
    expect(again.skipped.some((s) => s.file.endsWith('ignored.txt'))).toBe(false);
    expect(again.files.skipped).toBe(13);
  });

  it('reads what Windows PowerShell writes (UTF-16 with a BOM) and UTF-8 with a BOM', async () => {
    const text = JSON.stringify(asPc(good, 'PC-うえの'));
    const sub = await mkdtemp(join(dir, 'bom-'));
    await writeFile(
      join(sub, 'utf16.json'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    await writeFile(
      join(sub, 'utf8bom.json'),
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(text.replace('PC-うえの', 'PC-なかの')),
      ]),
    );
    const summary = await summarizeFleet([sub], { lang: 'ja' });
    expect(summary.skipped).toEqual([]);
    expect(summary.pcList.map((p) => p.pc)).toEqual(['PC-うえの', 'PC-なかの']);
  });

  it('keeps hostile text inert: no terminal control in the text, no formula in the CSV, no pollution', async () => {
    const evil = '=HYPERLINK("http://evil.example","x")\u001b]0;owned\u0007\u202e\nfake line';
    const json = JSON.stringify(asPc(refused, evil))
      .replace(/^\{/, '{"__proto__":{"polluted":true},')
      .replace('"system":{', '"system":{"__proto__":{"polluted":true},');
    const { summary } = await fleetOf({ 'evil.json': json });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(summary.pcList[0]?.pc).toBe(evil);
    const text = fleetText(summary);
    // eslint-disable-next-line no-control-regex -- the test looks for exactly these bytes
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(text).toContain('[U+001B]]0;owned[U+0007][U+202E][U+000A]fake line');
    expect(text.split('\n').some((l) => l.startsWith('fake line'))).toBe(false);
    const csv = fleetCsv(summary);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")`);
    expect(csv.split('\r\n').some((l) => l.startsWith('"='))).toBe(false);
  });
});

describe('the text and CSV of a fleet', () => {
  let summary: FleetSummary;
  beforeAll(async () => {
    ({ summary } = await fleetOf(
      {
        'PC-01.json': asPc(good, 'PC-01'),
        'PC-02.json': asPc(refused, 'PC-02'),
        'PC-03.json': asPc(intercepted, 'PC-03'),
        'broken.json': '{',
      },
      'ja',
    ));
  });

  it('is a paste-ready summary in Japanese: counts, causes in words with where and which PCs, skipped files', () => {
    const text = fleetText(summary);
    expect(text).toContain('リモートセッションの準備完了: 3 台中 1 台（33 %）です。');
    expect(text).toContain('準備が必要な PC: 2 台です。');
    expect(text).toContain(
      '- 接続が拒否されました（ファイアウォールのルールで拒否されています） [tcp_refused]: 1 台（うち 1 台はこの原因で準備が必要です）',
    );
    expect(text).toContain(`  対象: localhost:${refusedPort}`);
    expect(text).toContain('  PC: PC-02');
    expect(text).toContain(
      '製品を特定できませんでした（発行者 CN=Inspector Root, O=Inspector Corp）: 1 台',
    );
    expect(text).toMatch(/## 対象外のファイル\n- .*broken\.json: JSON ではありません/);
  });

  it('in English too, with the same numbers', () => {
    const text = fleetText({ ...summary, lang: 'en' });
    expect(text).toContain('Ready for the remote session: 1 of 3 PCs (33 %).');
    expect(text).toContain('Not ready: 2 PCs.');
    expect(text).toContain('[tcp_refused]: 1 PC, 1 not ready because of it');
  });

  it('is a CSV Excel opens with Japanese intact: UTF-8 with a BOM, CRLF, one quoted row per PC', () => {
    const csv = fleetCsv(summary);
    expect(csv.startsWith('\uFEFF"PC","準備完了","準備が必要な原因"')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows.at(-1)).toBe('');
    expect(rows).toHaveLength(5);
    expect(rows[2]).toMatch(/^"PC-02","いいえ","tcp_refused",/);
    expect(rows[2]).toContain('接続が拒否されました');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
