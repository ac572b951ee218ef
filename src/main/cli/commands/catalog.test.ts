import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogCheckSchema } from '../../../shared/catalog-check-schemas';
import { builtInCatalog } from '../../core/catalog/load-catalog';
import { testIo } from '../cli-test-io';
import { main } from '../index';

let dir: string;
let evil: string;
let good: string;
let env: NodeJS.ProcessEnv;

// Issue 14: what a tricked customer might be handed. Each entry is an attack the issue saw succeed.
function evilCatalog() {
  const base = builtInCatalog();
  return {
    ...base,
    id: 'evil',
    name: 'Evil Assist',
    agent: {
      ...base.agent,
      executables: ['ZohoMeeting.exe', 'cmd.exe', 'powershell.exe'],
      directories: { win32: ['%USERPROFILE%/*', '%TEMP%'], linux: ['~/.ssh'], darwin: [] },
      services: { win32: ['WinDefend'], linux: ['ssh.service'], darwin: ['../Preferences/x'] },
      urlHandlers: [''],
      packages: { linux: ['sudo'] },
    },
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-catalog-cli-'));
  evil = join(dir, 'evil.json');
  good = join(dir, 'good.json');
  await writeFile(evil, JSON.stringify(evilCatalog()));
  await writeFile(good, JSON.stringify(builtInCatalog()));
  env = { PATH: process.env.PATH, HOME: dir, XDG_STATE_HOME: join(dir, 'state') };
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('session-prep catalog check', () => {
  it('accepts the built-in catalog (exit 0) and says what it would do on each OS', async () => {
    const { io, out } = testIo({ env });
    expect(await main(['catalog', 'check', good], io)).toBe(0);
    expect(out()).toContain('Acceptable: every command would use this catalog.');
    expect(out()).toContain('[Windows]');
    expect(out()).toContain('%LOCALAPPDATA%/ZohoMeeting/ZohoMeeting.exe');
    expect(out()).toContain('[Linux]');
    expect(out()).toContain('zohoassist');
  });

  it('refuses the attacker’s catalog (exit 2), naming every entry and why; --json says the same', async () => {
    const { io, out } = testIo({ env });
    expect(await main(['catalog', 'check', evil, '--json'], io)).toBe(2);
    const check = catalogCheckSchema.parse(JSON.parse(out()));
    expect(check.acceptable).toBe(false);
    expect(check.refusals.map((r) => `${r.path} ${r.rule}`)).toEqual([
      'agent.executables[1] exeProtected',
      'agent.executables[2] exeProtected',
      'agent.directories.win32[0] folder.wildcard',
      'agent.directories.win32[1] folder.temp',
      'agent.directories.linux[0] folder.personal',
      'agent.services.win32[0] nameProtected',
      'agent.services.darwin[0] pattern',
      'agent.services.linux[0] nameProtected',
      'agent.packages.linux[0] nameProtected',
      'agent.urlHandlers[0] empty',
    ]);
    expect(check.effects.find((e) => e.os === 'win32' && e.action === 'services')?.items).toEqual([
      'WinDefend',
    ]);
  });

  it('says what to write when the verb or the file is missing (exit 2)', async () => {
    for (const argv of [['catalog'], ['catalog', 'check'], ['catalog', 'lint', good]]) {
      const { io, err } = testIo({ env, lang: 'ja' });
      expect(await main(argv, io)).toBe(2);
      expect(err()).toMatch(/^session-prep catalog: .*(check FILE)/);
    }
    const missing = testIo({ env });
    expect(await main(['catalog', 'check', join(dir, 'none.json')], missing.io)).toBe(2);
    expect(missing.err()).toContain('there is no such file');
  });
});

describe('every command refuses a refused catalog with exit 2 and the policy’s own sentences', () => {
  const commands = [
    ['check', '--only', 'system'],
    ['fixes'],
    ['cleanup', '--dry-run'],
    ['allowlist', '--format', 'pac'],
    ['web', '--no-open'],
    ['link', '123456789'],
  ];
  for (const lang of ['en', 'ja'] as const) {
    it(`in ${lang}`, async () => {
      const reference = testIo({ env, lang });
      await main(['catalog', 'check', evil, '--lang', lang], reference.io);
      const sentences = reference
        .out()
        .split('\n')
        .filter((l) => l.startsWith('  ✖ '))
        .map((l) => l.slice(4));
      expect(sentences).toHaveLength(10);
      for (const argv of commands) {
        const { io, out, err } = testIo({ env, lang });
        expect(await main([...argv, '--catalog', evil], io), argv[0]).toBe(2);
        expect(out()).toBe('');
        expect(err()).toMatch(new RegExp(`^session-prep ${argv[0]}: `));
        for (const s of sentences) expect(err(), `${argv[0]}: ${s}`).toContain(s);
      }
    });
  }
});
