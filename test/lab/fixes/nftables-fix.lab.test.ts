import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../src/main/core/catalog/load-catalog';
import { readJournal } from '../../../src/main/core/journal/journal';
import { checkRunSchema } from '../../../src/shared/check-result';
import { fixApplyResultSchema } from '../../../src/shared/fixes-schemas';
import { inNs, spawnInNs, stopChild, waitForLine } from '../harness/exec';

// The PC is a network namespace of ours with a vendor server on its loopback interface; its nftables output policy
// blocks port 443 in two tables (a drop policy, and an explicit drop rule in another table), so an allow
// in only one of them would not do. Verdicts come from the real check engine (`session-prep check`).
const ns = `spfix${process.pid}`;
const repo = new URL('../../../', import.meta.url).pathname;
const tsx = join(repo, 'node_modules/.bin/tsx');
const cli = join(repo, 'src/main/cli/index.ts');
const HOST = 'vendor.fix.test';
// A loopback address would read as a DNS sinkhole (dns_blocked): the vendor gets an ordinary one, on lo.
const VENDOR_IP = '10.213.0.1';

const BLOCKING = `table inet corp {
  chain out {
    type filter hook output priority 0; policy drop;
    ct state established,related accept
    tcp dport 22 accept
  }
}
table ip branch {
  chain output {
    type filter hook output priority 10; policy accept;
    tcp dport 8443 accept
    tcp dport { 443, 8080 } drop
    udp dport 53 accept
  }
}
`;

function skipReason(): string | undefined {
  if (process.platform !== 'linux') return 'needs Linux';
  if (process.getuid?.() !== 0) return 'needs root (network namespaces, nftables)';
  for (const tool of ['ip', 'nft']) {
    try {
      execFileSync('sh', ['-c', 'command -v "$0"', tool], { stdio: 'ignore' });
    } catch {
      return `needs ${tool}`;
    }
  }
  return undefined;
}
const skip = skipReason();
if (skip) process.stderr.write(`\n*** FIXES NFTABLES LAB SKIPPED: ${skip} ***\n\n`);

let dir: string;
let stateHome: string;
let catalogPath: string;
let server: ChildProcess | undefined;

function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'ip',
      ['netns', 'exec', ns, tsx, cli, ...args],
      { env: { PATH: process.env.PATH, HOME: dir, XDG_STATE_HOME: stateHome }, maxBuffer: 8 << 20 },
      (error, stdout, stderr) => {
        const code = error
          ? typeof (error as { code?: unknown }).code === 'number'
            ? Number((error as { code?: number }).code)
            : -1
          : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

async function tcpVerdict(): Promise<string | undefined> {
  const res = await run([
    'check',
    '--only',
    'network',
    '--catalog',
    catalogPath,
    '--json',
    '--timeout-ms',
    '1500',
    '--lang',
    'en',
  ]);
  const parsed = checkRunSchema.parse(JSON.parse(res.stdout));
  return parsed.checks.find((c) => c.id === `tcp:${HOST}:443`)?.verdict;
}

const ruleset = () => inNs(ns, 'nft', ['list', 'ruleset']);

describe.skipIf(skip !== undefined)('fixes on Linux, for real: nftables in a namespace', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sp-fix-lab-'));
    execFileSync('ip', ['netns', 'add', ns]);
    execFileSync('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
    execFileSync('ip', ['-n', ns, 'addr', 'add', `${VENDOR_IP}/32`, 'dev', 'lo']);
    // A connected PC has an interface and a route out (the connectivity check runs first): a veth pair
    // inside the namespace, its far end the "router".
    execFileSync('ip', ['-n', ns, 'link', 'add', 'lan0', 'type', 'veth', 'peer', 'name', 'lan1']);
    for (const link of ['lan0', 'lan1']) execFileSync('ip', ['-n', ns, 'link', 'set', link, 'up']);
    execFileSync('ip', ['-n', ns, 'addr', 'add', '10.213.1.2/24', 'dev', 'lan0']);
    execFileSync('ip', ['-n', ns, 'route', 'add', 'default', 'via', '10.213.1.1', 'dev', 'lan0']);
    // `ip netns exec` bind-mounts /etc/netns/NS/hosts over /etc/hosts: the vendor's name resolves to loopback.
    await mkdir(`/etc/netns/${ns}`, { recursive: true });
    await writeFile(`/etc/netns/${ns}/hosts`, `127.0.0.1 localhost\n${VENDOR_IP} ${HOST}\n`);
    const catalog = {
      ...builtInCatalog(),
      id: 'fix-lab',
      endpoints: [{ host: HOST, ports: [{ port: 443, protocol: 'tcp' }] }],
      domains: ['*.fix.test'],
    };
    catalogPath = join(dir, 'catalog.json');
    await writeFile(catalogPath, JSON.stringify(catalog));
    server = spawnInNs(ns, process.execPath, [
      '-e',
      `require('node:net').createServer((s) => { s.on('error', () => {}); s.end('hi'); }).listen(443, '${VENDOR_IP}', () => console.log('LISTENING'))`,
    ]);
    await waitForLine(server, /LISTENING/, 10_000, 'the vendor server');
  });

  afterAll(async () => {
    await stopChild(server);
    execFileSync('ip', ['netns', 'del', ns]);
    await rm(`/etc/netns/${ns}`, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    stateHome = await mkdtemp(join(dir, 'state-'));
    await inNs(ns, 'nft', ['flush', 'ruleset']);
    await inNs(ns, 'nft', ['-f', '-'], BLOCKING);
  });

  it('blocked → fixed (allow ahead of each drop) → undone: verdicts from the engine, rules restored exactly', async () => {
    const original = await ruleset();
    expect(await tcpVerdict()).toBe('tcp_timeout');

    const listed = await run(['fixes', '--catalog', catalogPath, '--json', '--lang', 'en']);
    expect(listed.code).toBe(1);
    // Without a terminal to ask in and without --yes, nothing changes.
    const unconfirmed = await run(['fixes', '--apply', '--catalog', catalogPath, '--lang', 'en']);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toContain('add --yes');
    expect(await ruleset()).toBe(original);
    const applied = await run([
      'fixes',
      '--apply',
      '--yes',
      '--catalog',
      catalogPath,
      '--json',
      '--lang',
      'en',
    ]);
    expect(applied.code, applied.stderr).toBe(0);
    const result = fixApplyResultSchema.parse(JSON.parse(applied.stdout));
    expect(result.outcomes.map((o) => [o.id, o.ok])).toEqual([
      ['linux-nft:inet:corp:out', true],
      ['linux-nft:ip:branch:output', true],
    ]);
    expect(result.recheck?.before.find((c) => c.id === `tcp:${HOST}:443`)?.verdict).toBe(
      'tcp_timeout',
    );
    expect(result.recheck?.after.find((c) => c.id === `tcp:${HOST}:443`)?.verdict).toBe('ok');
    expect(await tcpVerdict()).toBe('ok');

    const fixed = await ruleset();
    // The allow sits in each chain that drops: at the end of the policy-drop chain, right before the explicit drop.
    expect(fixed).toMatch(
      /tcp dport 22 accept\n\t\ttcp dport 443 accept comment "session-prep:inet:corp:out"\n\t}/,
    );
    expect(fixed).toMatch(
      /tcp dport 8443 accept\n\t\ttcp dport 443 accept comment "session-prep:ip:branch:output"\n\t\ttcp dport \{ 443, 8080 \} drop/,
    );
    expect((await readJournal(join(stateHome, 'session-prep'))).map((e) => e.state)).toEqual([
      'applied',
      'applied',
    ]);

    const undone = await run(['undo', '--yes', '--json', '--catalog', catalogPath, '--lang', 'en']);
    expect(undone.code, undone.stderr).toBe(0);
    expect(fixApplyResultSchema.parse(JSON.parse(undone.stdout)).outcomes.every((o) => o.ok)).toBe(
      true,
    );
    expect(await ruleset()).toBe(original);
    expect(await tcpVerdict()).toBe('tcp_timeout');
    expect(await readJournal(join(stateHome, 'session-prep'))).toEqual([]);
  });

  it('kill -9 in the middle of apply, then undo: the original rules come back exactly', async () => {
    const original = await ruleset();
    const dataDir = join(stateHome, 'session-prep');
    const child = spawnInNs(ns, tsx, [
      join(repo, 'test/lab/fixes/apply-then-hang.ts'),
      ns,
      dataDir,
      catalogPath,
    ]);
    // It runs `ip netns exec` itself from inside the namespace: allowed for root.
    expect(await waitForLine(child, /RAN \d+/, 20_000, 'apply')).toBe('RAN 0');
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;

    const journal = await readJournal(dataDir);
    expect(journal.map((e) => [e.id, e.state])).toEqual([['linux-nft:inet:corp:out', 'applying']]);
    expect(await ruleset()).not.toBe(original);
    expect(await ruleset()).toContain('session-prep:inet:corp:out');

    const undone = await run(['undo', '--yes', '--lang', 'ja']);
    expect(undone.code, undone.stderr).toBe(0);
    expect(undone.stdout).toContain('元に戻しました');
    expect(await ruleset()).toBe(original);
    expect(await readJournal(dataDir)).toEqual([]);
    expect(JSON.parse(await readFile(join(dataDir, 'journal.json'), 'utf8'))).toEqual({
      version: 2,
      entries: [],
    });
  });
});
