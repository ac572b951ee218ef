import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { writeFakeProgram } from '../../../../test/fixtures/os/fake-program';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJournal, recordChange } from '../../core/journal/journal';
import { testIo } from '../cli-test-io';
import { main } from '../index';
import { showArgv } from './fixes-output';

let state: string;
beforeEach(async () => {
  state = await mkdtemp(join(tmpdir(), 'sp-cli-fixes-'));
});
afterEach(async () => {
  await rm(state, { recursive: true, force: true });
});
const env = () => ({ PATH: process.env.PATH, HOME: state, XDG_STATE_HOME: state });
const dataDir = () => join(state, 'session-prep');

describe('session-prep allowlist', () => {
  it('prints each format, and the PAC with the fallback asked for', async () => {
    const text = testIo({ env: env() });
    expect(await main(['allowlist'], text.io)).toBe(0);
    expect(text.out()).toMatch(/^ +\*\.zohoassist\.com$/m);
    expect(text.out()).not.toMatch(/^\s*(#|- )/m);
    const pac = testIo({ env: env() });
    expect(
      await main(
        ['allowlist', '--format', 'pac', '--pac-fallback', 'PROXY proxy.example:8080; DIRECT'],
        pac.io,
      ),
    ).toBe(0);
    expect(pac.out()).toMatch(/^\/\/ PAC file for "Zoho Assist"/);
    expect(pac.out()).toContain('return "PROXY proxy.example:8080; DIRECT";');
    const json = testIo({ env: env() });
    expect(await main(['allowlist', '--json'], json.io)).toBe(0);
    expect(JSON.parse(json.out()).product.id).toBe('zoho-assist');
  });

  it('refuses a bad format or fallback with exit 2 and a sentence, in Japanese too', async () => {
    const bad = testIo({ env: env(), lang: 'ja' });
    expect(await main(['allowlist', '--format', 'xml'], bad.io)).toBe(2);
    expect(bad.err()).toBe(
      'session-prep allowlist: --format には text、json、pac、squid のいずれかを指定してください（指定された値: "xml"）。\n',
    );
    const fb = testIo({ env: env() });
    expect(await main(['allowlist', '--format', 'pac', '--pac-fallback', 'PROXY "x"'], fb.io)).toBe(
      2,
    );
    expect(fb.err()).toContain('--pac-fallback must be a PAC answer');
    expect(fb.out()).toBe('');
  });

  // Issue 14: the PAC ended in DIRECT for everything else, which, deployed, routes the company around its proxy.
  it('without --pac-fallback, the PAC keeps what the last check found; with no check, it asks (exit 2)', async () => {
    const unknown = testIo({ env: env() });
    expect(await main(['allowlist', '--format', 'pac'], unknown.io)).toBe(2);
    expect(unknown.out()).toBe('');
    expect(unknown.err()).toContain('run “session-prep check” first');
    const ja = testIo({ env: env(), lang: 'ja' });
    expect(await main(['allowlist', '--format', 'pac'], ja.io)).toBe(2);
    expect(ja.err()).toContain('--pac-fallback で指定してください');
    const { writeAtomically } = await import('../../core/journal/write-atomically');
    const run = (proxy: unknown) =>
      writeAtomically(
        join(dataDir(), 'last-run.json'),
        JSON.stringify({
          schemaVersion: 1,
          tool: { name: 'session-prep', version: '0' },
          startedAt: '2026-11-25T07:00:00.000Z',
          durationMs: 1,
          ready: true,
          system: {},
          checks: [],
          proxy,
        }),
      );
    await run({ url: 'http://proxy.corp.example:3128', source: 'pac' });
    const viaProxy = testIo({ env: env() });
    expect(await main(['allowlist', '--format', 'pac'], viaProxy.io)).toBe(0);
    expect(viaProxy.out()).toContain('return "PROXY proxy.corp.example:3128";');
    expect(viaProxy.out()).not.toContain('return "DIRECT";\n}');
    await run({ url: null, source: 'none' });
    const direct = testIo({ env: env() });
    expect(await main(['allowlist', '--format', 'pac'], direct.io)).toBe(0);
    expect(direct.out()).toContain('return "DIRECT";\n}');
  });

  it('takes the verdicts of the last run left in the data folder', async () => {
    const io = testIo({ env: env() });
    const { writeAtomically } = await import('../../core/journal/write-atomically');
    await writeAtomically(
      join(dataDir(), 'last-run.json'),
      JSON.stringify({
        schemaVersion: 1,
        tool: { name: 'session-prep', version: '0' },
        startedAt: '2026-11-25T07:00:00.000Z',
        durationMs: 1,
        ready: false,
        system: {},
        checks: [
          {
            id: 'tcp:join.zoho.com:443',
            kind: 'tcp',
            target: { host: 'join.zoho.com', port: 443 },
            status: 'fail',
            verdict: 'tcp_timeout',
            durationMs: 5000,
            message: 'x',
          },
        ],
      }),
    );
    expect(await main(['allowlist'], io.io)).toBe(0);
    // The kept run's cause in words, with its host under it; no check id or verdict code.
    expect(io.out()).toMatch(
      /^1\. No response: a firewall probably drops the connection\n +Address: join\.zoho\.com$/m,
    );
    expect(io.out()).not.toContain('tcp_timeout');
  });
});

describe('session-prep undo', () => {
  it('says there is nothing to undo on an empty journal (exit 0)', async () => {
    const io = testIo({ env: env() });
    expect(await main(['undo'], io.io)).toBe(0);
    expect(io.out()).toBe('The journal is empty: Session Prep has nothing to undo.\n');
  });

  it('without a terminal and without --yes it only lists (exit 1), with --yes it undoes everything (exit 0)', async () => {
    // ufw cannot change this machine's firewall in a test: a stand-in on PATH records what undo runs.
    const bin = join(state, 'bin');
    const ran = join(state, 'ufw.log');
    await mkdir(bin, { recursive: true });
    await writeFakeProgram(bin, 'ufw', ran);
    const withUfw = () => ({ ...env(), PATH: `${bin}:${process.env.PATH ?? ''}` });
    await recordChange(dataDir(), {
      id: 'linux-ufw',
      title: 'Allow Zoho Assist through ufw',
      appliedAt: '2026-11-25T09:00:00.000Z',
      platform: 'linux',
      state: 'applied',
      undo: { kind: 'linux-ufw', ports: [443] },
    });
    const listOnly = testIo({ env: withUfw() });
    expect(await main(['undo'], listOnly.io)).toBe(1);
    expect(listOnly.out()).toContain('2026-11-25T09:00:00.000Z  Allow Zoho Assist through ufw');
    // Issue 14: the prompt showed only titles; it shows the exact command now.
    expect(listOnly.out()).toContain('    undo: ufw delete allow out 443/tcp');
    expect(listOnly.err()).toContain('add --yes');
    expect(await readJournal(dataDir())).toHaveLength(1);

    const yes = testIo({ env: withUfw() });
    expect(await main(['undo', '--yes'], yes.io)).toBe(0);
    expect(yes.out()).toContain('✓ Undone: Allow Zoho Assist through ufw.');
    expect(await readFile(ran, 'utf8')).toBe('delete allow out 443/tcp\n');
    expect(await readJournal(dataDir())).toEqual([]);
  });

  // Issue 14: a tampered entry titled "Allow Zoho Assist through ufw" ran a shell as root.
  it('reports a tampered entry and never runs it (exit 1)', async () => {
    const pwned = join(state, 'pwned');
    await mkdir(dataDir(), { recursive: true });
    await writeFile(
      join(dataDir(), 'journal.json'),
      JSON.stringify({
        version: 1,
        entries: [
          {
            id: 'linux-ufw',
            title: 'Allow Zoho Assist through ufw',
            appliedAt: '2026-11-25T09:00:00.000Z',
            platform: 'linux',
            state: 'applied',
            undo: { commands: [['sh', '-c', `touch ${pwned}`]], needsElevation: true },
          },
        ],
      }),
    );
    for (const lang of ['en', 'ja'] as const) {
      const { io, out, err } = testIo({ env: env(), lang });
      expect(await main(['undo', '--yes'], io)).toBe(1);
      expect(err() + out()).toContain(
        lang === 'en' ? 'Not undone: Allow Zoho Assist through ufw' : '元に戻していません',
      );
    }
    await expect(readFile(pwned)).rejects.toThrow(/ENOENT/);
  });
});

describe('showArgv', () => {
  it('quotes only what needs quoting, so the shown command is the one that runs', () => {
    expect(
      showArgv([
        'nft',
        'add',
        'rule',
        'inet',
        'corp',
        'out',
        'tcp',
        'dport',
        '{ 80, 443 }',
        'accept',
        'comment',
        '"session-prep:inet:corp:out"',
      ]),
    ).toBe(
      `nft add rule inet corp out tcp dport '{ 80, 443 }' accept comment '"session-prep:inet:corp:out"'`,
    );
    expect(showArgv(['socketfilterfw', '--add', "/Users/やまだ/It's.app"])).toBe(
      `socketfilterfw --add '/Users/やまだ/It'\\''s.app'`,
    );
  });
});
