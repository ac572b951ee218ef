import { createHash } from 'node:crypto';
import {
  chmod,
  copyFile,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFakeProgram } from '../../../../test/fixtures/os/fake-program';
import { startProcess, type TestProcess } from '../../../../test/fixtures/processes';
import type { Catalog } from '../../../shared/catalog';
import { builtInCatalog } from '../catalog/load-catalog';
import type { CoreOptions } from '../context';
import { readJournal, recordChange } from '../journal/journal';
import { cleanupContextFor, type CleanupContext } from './cleanup-context';
import { runCleanup } from './run-cleanup';
import { scanLeftovers } from './scan-leftovers';

// Real files, a real process and the real freedesktop trash, inside a sandbox home (Linux only).
const onLinux = process.platform === 'linux';

let sandbox: string;
let home: string;
let outside: string;
let child: TestProcess | undefined;

async function hashTree(root: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      const info = await lstat(path);
      hash.update(`${path}\0${info.mode}\0${info.size}\0${info.mtimeMs}\0`);
      if (info.isSymbolicLink()) hash.update(await readlink(path));
      else if (info.isDirectory()) await walk(path);
      else hash.update(await readFile(path));
    }
  };
  await walk(root);
  return hash.digest('hex');
}

function catalogFor(): Catalog {
  const base = builtInCatalog();
  return {
    ...base,
    agent: {
      ...base.agent,
      executables: ['ZohoMeeting.exe', 'ZohoURS.exe'],
      directories: {
        linux: [
          '~/ZohoMeeting',
          '~/.local/share/ZohoAssist',
          '~/link-to-outside',
          '~/../outside',
          '~',
          '/',
          '/etc',
          '~/not-there',
        ],
      },
      // No package or unit in the sandbox: those are per-machine and tested with generated commands.
      services: { linux: [] },
      packages: { linux: [] },
    },
  };
}

function context(): CleanupContext {
  const options: CoreOptions = {
    catalog: catalogFor(),
    lang: 'en',
    mode: 'cli',
    timeoutMs: 5000,
    env: {},
    dataDir: join(sandbox, 'state'),
  };
  return cleanupContextFor(options, 'en', {
    // PATH leads to a stand-in ufw, which records the undo it is run for in `undone`.
    env: {
      HOME: home,
      XDG_DATA_HOME: join(home, '.local', 'share'),
      PATH: `${join(sandbox, 'bin')}:${process.env.PATH ?? ''}`,
    },
    home,
    stopGraceMs: 2000,
  });
}

beforeEach(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'sp-cleanup-'));
  home = join(sandbox, 'home');
  outside = join(sandbox, 'outside');
  await mkdir(join(sandbox, 'bin'));
  await writeFakeProgram(join(sandbox, 'bin'), 'ufw', join(sandbox, 'undone'));
  await mkdir(join(outside, 'nested'), { recursive: true });
  await writeFile(join(outside, 'secret.txt'), 'the customer’s own file\n');
  await writeFile(join(outside, 'nested', 'keep.txt'), 'keep me\n');
  const agent = join(home, 'ZohoMeeting');
  await mkdir(join(agent, 'log'), { recursive: true });
  await writeFile(join(agent, 'Connection.conf'), 'server=gateway.zohoassist.com\n');
  await writeFile(join(agent, 'log', 'agent.log'), 'session ended\n');
  // A link inside the agent's folder pointing out: it must travel to the trash as a link, its target untouched.
  await symlink(join(outside, 'secret.txt'), join(agent, 'link-out'));
  await mkdir(join(home, '.local', 'share', 'ZohoAssist', 'bin'), { recursive: true });
  await writeFile(
    join(home, '.local', 'share', 'ZohoAssist', 'bin', 'ZohoURS.exe'),
    'not a real binary',
  );
  await symlink(outside, join(home, 'link-to-outside'));
  await copyFile('/bin/sleep', join(agent, 'ZohoMeeting.exe'));
  await chmod(join(agent, 'ZohoMeeting.exe'), 0o755);
});

afterEach(async () => {
  child?.kill('SIGKILL');
  child = undefined;
  await rm(sandbox, { recursive: true, force: true });
});

function startAgent(): Promise<TestProcess> {
  return startProcess(join(home, 'ZohoMeeting', 'ZohoMeeting.exe'), ['300']);
}

describe.runIf(onLinux)('cleanup on Linux, in a sandbox home', () => {
  it('finds the folders, the running process and our change; refuses unsafe catalog paths', async () => {
    child = await startAgent();
    const ctx = context();
    await recordChange(ctx.dataDir, {
      id: 'test:marker',
      title: 'Test change',
      appliedAt: new Date().toISOString(),
      platform: 'linux',
      state: 'applied',
      undo: { kind: 'linux-ufw', ports: [443] },
    });
    const scan = await scanLeftovers(ctx);
    const ids = scan.findings.map((f) => f.id);
    expect(ids).toEqual([
      `process:${child.pid}`,
      `folder:${join(home, 'ZohoMeeting')}`,
      `folder:${join(home, '.local', 'share', 'ZohoAssist')}`,
      'change:test:marker',
    ]);
    const refusedPaths = scan.refused.map((r) => r.path);
    expect(refusedPaths).toEqual([join(home, 'link-to-outside'), '~/../outside', '~', '/', '/etc']);
    expect(scan.refused[0]?.reason).toContain('is a link to somewhere else');
  });

  it('stops the process, trashes the folders with valid .trashinfo, undoes our change, and touches nothing outside', async () => {
    child = await startAgent();
    const exited = child.exited;
    const ctx = context();
    await recordChange(ctx.dataDir, {
      id: 'test:marker',
      title: 'Test change',
      appliedAt: new Date().toISOString(),
      platform: 'linux',
      state: 'applied',
      undo: { kind: 'linux-ufw', ports: [443] },
    });
    const outsideBefore = await hashTree(outside);
    const scan = await scanLeftovers(ctx);

    const result = await runCleanup([...scan.findings.map((f) => f.id), 'folder:/etc'], ctx);

    await exited;
    expect(result.outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(result.after.items).toEqual([]);
    // The refusals stay visible after cleanup: still untouched, still said.
    expect(result.after.refused).toHaveLength(5);
    const trash = join(home, '.local', 'share', 'Trash');
    expect((await readdir(join(trash, 'files'))).sort()).toEqual(['ZohoAssist', 'ZohoMeeting']);
    expect(await readFile(join(trash, 'files', 'ZohoMeeting', 'Connection.conf'), 'utf8')).toBe(
      'server=gateway.zohoassist.com\n',
    );
    expect((await lstat(join(trash, 'files', 'ZohoMeeting', 'link-out'))).isSymbolicLink()).toBe(
      true,
    );
    const info = await readFile(join(trash, 'info', 'ZohoMeeting.trashinfo'), 'utf8');
    expect(info).toMatch(
      new RegExp(
        `^\\[Trash Info\\]\\nPath=${join(home, 'ZohoMeeting').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\nDeletionDate=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\n$`,
      ),
    );
    await expect(lstat(join(home, 'ZohoMeeting'))).rejects.toThrow(/ENOENT/);
    await expect(lstat('/etc/passwd')).resolves.toBeTruthy();
    expect(await hashTree(outside)).toBe(outsideBefore);
    expect((await lstat(join(home, 'link-to-outside'))).isSymbolicLink()).toBe(true);
    await expect(lstat(join(sandbox, 'undone'))).resolves.toBeTruthy();
    expect(await readJournal(ctx.dataDir)).toEqual([]);
  });

  it('shows, but never stops, a program with the agent’s name running from somewhere else', async () => {
    await mkdir(join(sandbox, 'elsewhere'));
    await copyFile('/bin/sleep', join(sandbox, 'elsewhere', 'ZohoMeeting.exe'));
    await chmod(join(sandbox, 'elsewhere', 'ZohoMeeting.exe'), 0o755);
    child = await startProcess(join(sandbox, 'elsewhere', 'ZohoMeeting.exe'), ['300']);
    const ctx = context();
    const scan = await scanLeftovers(ctx);
    const item = scan.findings.find((f) => f.id === `process:${child?.pid}`);
    expect(item).toMatchObject({
      removable: false,
      location: join(sandbox, 'elsewhere', 'ZohoMeeting.exe'),
      action: { type: 'none' },
    });
    const result = await runCleanup([`process:${child.pid}`], ctx);
    expect(result.outcomes).toEqual([
      expect.objectContaining({ id: `process:${child.pid}`, ok: false }),
    ]);
    expect(child.isRunning()).toBe(true);
    expect(result.after.items.map((i) => i.id)).toContain(`process:${child.pid}`);
  });

  it('picks a free name when the trash already holds one, and escapes the recorded path', async () => {
    const ctx = context();
    const trash = join(home, '.local', 'share', 'Trash');
    await mkdir(join(trash, 'files', 'ZohoMeeting'), { recursive: true });
    await mkdir(join(trash, 'info'), { recursive: true });
    await writeFile(
      join(trash, 'info', 'ZohoMeeting.trashinfo'),
      '[Trash Info]\nPath=/elsewhere/ZohoMeeting\nDeletionDate=2020-01-01T00:00:00\n',
    );
    await mkdir(join(home, 'Zoho Meeting 日本'), { recursive: true });
    const custom = {
      ...ctx,
      catalog: {
        ...ctx.catalog,
        agent: {
          ...ctx.catalog.agent,
          directories: { linux: ['~/ZohoMeeting', '~/Zoho Meeting 日本'] },
        },
      },
    };
    const result = await runCleanup(
      [`folder:${join(home, 'ZohoMeeting')}`, `folder:${join(home, 'Zoho Meeting 日本')}`],
      custom,
    );
    expect(result.outcomes.every((o) => o.ok)).toBe(true);
    expect((await readdir(join(trash, 'files'))).sort()).toEqual([
      'Zoho Meeting 日本',
      'ZohoMeeting',
      'ZohoMeeting.2',
    ]);
    const info = await readFile(join(trash, 'info', 'Zoho Meeting 日本.trashinfo'), 'utf8');
    expect(info).toContain(`Path=${home}/Zoho%20Meeting%20%E6%97%A5%E6%9C%AC\n`);
  });
});
