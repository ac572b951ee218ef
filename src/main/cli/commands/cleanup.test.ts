import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../core/catalog/load-catalog';
import { testIo } from '../cli-test-io';
import { main } from '../index';

let sandbox: string;
let home: string;
let catalogFile: string;
let env: NodeJS.ProcessEnv;

beforeEach(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'sp-cleanup-cli-'));
  home = join(sandbox, 'home');
  await mkdir(join(home, 'ZohoMeeting', 'log'), { recursive: true });
  await writeFile(join(home, 'ZohoMeeting', 'log', 'a.log'), 'x');
  const base = builtInCatalog();
  catalogFile = join(sandbox, 'catalog.json');
  // An executable name no other test starts: vitest runs files in parallel, and a scan sees every process.
  const agent = {
    ...base.agent,
    executables: ['sp-cli-test-none.exe'],
    directories: { linux: ['~/ZohoMeeting'] },
    services: { linux: [] },
    packages: { linux: [] },
  };
  await writeFile(catalogFile, JSON.stringify({ ...base, agent }));
  env = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_STATE_HOME: join(sandbox, 'state'),
  };
});
afterEach(async () => rm(sandbox, { recursive: true, force: true }));

describe.runIf(process.platform === 'linux')('session-prep cleanup', () => {
  it('without a terminal and without --yes only lists, and exits 1', async () => {
    const { io, out } = testIo({ env });
    expect(await main(['cleanup', '--catalog', catalogFile], io)).toBe(1);
    expect(out()).toContain(join(home, 'ZohoMeeting'));
    expect(out()).toContain('Nothing was removed');
    expect((await lstat(join(home, 'ZohoMeeting'))).isDirectory()).toBe(true);
  });

  // Issue 14: a refused path still exited 0.
  it('a path refused for safety is a finding: removing the rest still exits 1', async () => {
    await symlink('/etc', join(home, 'ZohoLink'));
    const agent = { ...builtInCatalog().agent, executables: ['sp-cli-test-none.exe'] };
    await writeFile(
      catalogFile,
      JSON.stringify({
        ...builtInCatalog(),
        agent: { ...agent, directories: { linux: ['~/ZohoMeeting', '~/ZohoLink'] } },
      }),
    );
    const { io, out } = testIo({ env });
    expect(await main(['cleanup', '--yes', '--catalog', catalogFile], io)).toBe(1);
    expect(out()).toContain('Not touched: ~/ZohoLink is a link to somewhere else');
    await expect(lstat(join(home, 'ZohoMeeting'))).rejects.toThrow(/ENOENT/);
    await expect(lstat('/etc/passwd')).resolves.toBeTruthy();
  });

  it('refuses, with exit 2 and the policy’s sentence, a catalog that names a folder that is not the agent’s', async () => {
    await mkdir(join(home, '.ssh'));
    await writeFile(join(home, '.ssh', 'id_ed25519'), 'key');
    await writeFile(
      catalogFile,
      JSON.stringify({
        ...builtInCatalog(),
        agent: {
          ...builtInCatalog().agent,
          directories: { linux: ['~/.ssh', '/usr/lib/systemd'] },
        },
      }),
    );
    for (const lang of ['en', 'ja'] as const) {
      const { io, out, err } = testIo({ env, lang });
      expect(await main(['cleanup', '--yes', '--catalog', catalogFile], io)).toBe(2);
      expect(out()).toBe('');
      expect(err()).toContain('agent.directories.linux[0] "~/.ssh"');
      expect(err()).toContain('agent.directories.linux[1] "/usr/lib/systemd"');
      expect(err()).toContain(lang === 'en' ? 'is refused' : '使えません');
    }
    expect(await readFile(join(home, '.ssh', 'id_ed25519'), 'utf8')).toBe('key');
  });

  it('--dry-run --json lists and removes nothing', async () => {
    const { io, out } = testIo({ env });
    expect(await main(['cleanup', '--dry-run', '--json', '--catalog', catalogFile], io)).toBe(1);
    const doc = JSON.parse(out()) as { found: { items: { id: string }[] }; outcomes: unknown[] };
    expect(doc.found.items.map((i) => i.id)).toEqual([`folder:${join(home, 'ZohoMeeting')}`]);
    expect(doc.outcomes).toEqual([]);
    expect((await lstat(join(home, 'ZohoMeeting'))).isDirectory()).toBe(true);
  });

  it('--yes removes, proves absence and exits 0', async () => {
    const { io, out } = testIo({ env, lang: 'ja' });
    expect(await main(['cleanup', '--yes', '--catalog', catalogFile], io)).toBe(0);
    expect(out()).toContain('ごみ箱に移動しました');
    expect(out()).toContain('一覧のものはすべてなくなりました');
    expect(await readdir(join(home, '.local', 'share', 'Trash', 'files'))).toEqual(['ZohoMeeting']);
  });

  it('in a terminal asks first: “n” keeps everything, “y” removes', async () => {
    const ask = async (answer: string) => {
      const t = testIo({ env, isTTY: true });
      const stdin = Object.assign(new PassThrough(), { isTTY: true });
      stdin.end(`${answer}\n`);
      const code = await main(['cleanup', '--catalog', catalogFile], { ...t.io, stdin });
      return { code, out: t.out(), err: t.err() };
    };
    const no = await ask('n');
    expect(no.code).toBe(1);
    expect(no.err).toContain('Remove everything listed above (1)?');
    expect(no.out).toContain('Nothing was removed.');
    expect((await lstat(join(home, 'ZohoMeeting'))).isDirectory()).toBe(true);
    const yes = await ask('y');
    expect(yes.code).toBe(0);
    await expect(lstat(join(home, 'ZohoMeeting'))).rejects.toThrow(/ENOENT/);
  });

  it('exits 2 for a catalog that is not there', async () => {
    const { io, err } = testIo({ env });
    expect(await main(['cleanup', '--catalog', join(sandbox, 'missing.json')], io)).toBe(2);
    expect(err()).toContain('there is no such file');
  });
});
