import {
  chmod,
  copyFile,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFakeProgram } from '../../../../test/fixtures/os/fake-program';
import { startProcess } from '../../../../test/fixtures/processes';
import type { Catalog } from '../../../shared/catalog';
import { builtInCatalog } from '../catalog/load-catalog';
import type { CoreOptions } from '../context';
import { readJournal, recordChange } from '../journal/journal';
import { cleanupContextFor, type CleanupContext } from './cleanup-context';
import { matchAgentProcess } from './find-processes';
import { removeFindings, runCleanup } from './run-cleanup';
import { scanLeftovers } from './scan-leftovers';

// Issue 14, cleanup: each attack reproduced on real files and real processes, and shown refused or inert.
const onLinux = process.platform === 'linux';
const isRoot = process.getuid?.() === 0;

let sandbox: string;
let home: string;

function context(folders: string[], overrides: Partial<CleanupContext> = {}): CleanupContext {
  const base = builtInCatalog();
  const catalog: Catalog = {
    ...base,
    agent: {
      ...base.agent,
      executables: ['sp-issue14-agent'],
      directories: { linux: folders },
      services: { linux: [] },
      packages: { linux: [] },
    },
  };
  const options: CoreOptions = {
    catalog,
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
    stopGraceMs: 1000,
    ...overrides,
  });
}

beforeEach(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'sp-issue14-cleanup-'));
  home = join(sandbox, 'home');
  await mkdir(join(home, 'ZohoMeeting'), { recursive: true });
  await writeFile(join(home, 'ZohoMeeting', 'agent.log'), 'x');
});
afterEach(async () => rm(sandbox, { recursive: true, force: true }));

describe.runIf(onLinux)('issue 14: cleanup', () => {
  it('a bad catalog path (NUL, a name too long, a loop of links) is refused alone; the rest, our undo included, goes on', async () => {
    await symlink(join(home, 'loop-b'), join(home, 'loop-a'));
    await symlink(join(home, 'loop-a'), join(home, 'loop-b'));
    const ctx = context([
      '~/bad\0name',
      `~/${'n'.repeat(300)}`,
      '~/loop-a/inside',
      '~/ZohoMeeting',
    ]);
    const marker = join(sandbox, 'undone');
    await mkdir(join(sandbox, 'bin'));
    await writeFakeProgram(join(sandbox, 'bin'), 'ufw', marker);
    await recordChange(ctx.dataDir, {
      id: 'test:ours',
      title: 'Our change',
      appliedAt: new Date().toISOString(),
      platform: 'linux',
      state: 'applied',
      area: 'fixes',
      undo: { kind: 'linux-ufw', ports: [443] },
    });
    const scan = await scanLeftovers(ctx);
    expect(scan.refused.map((r) => r.reason)).toEqual([
      expect.stringContaining('cannot be looked at'),
      expect.stringContaining('cannot be looked at'),
      expect.stringContaining('cannot be looked at'),
    ]);
    expect(scan.refused[0]?.path).toContain('[U+0000]');
    const result = await runCleanup(
      scan.findings.map((f) => f.id),
      ctx,
    );
    expect(result.outcomes.every((o) => o.ok)).toBe(true);
    await expect(lstat(join(home, 'ZohoMeeting'))).rejects.toThrow(/ENOENT/);
    await expect(lstat(marker)).resolves.toBeTruthy();
    expect(await readJournal(ctx.dataDir)).toEqual([]);
  });

  it('a parent folder swapped for a link between the scan and the move moves nothing', async () => {
    await mkdir(join(home, 'Vendor', 'Agent'), { recursive: true });
    await writeFile(join(home, 'Vendor', 'Agent', 'agent.conf'), 'agent');
    const victim = join(home, 'Private', 'Agent');
    await mkdir(victim, { recursive: true });
    await writeFile(join(victim, 'tax-return.pdf'), 'the customer’s own file');
    const ctx = context(['~/Vendor/Agent']);
    const scan = await scanLeftovers(ctx);
    expect(scan.findings.map((f) => f.id)).toEqual([`folder:${join(home, 'Vendor', 'Agent')}`]);
    // The attacker's move, after the scan: the parent becomes a link to the customer's own folder.
    await rename(join(home, 'Vendor'), join(home, 'Vendor.old'));
    await symlink(join(home, 'Private'), join(home, 'Vendor'));
    const outcomes = await removeFindings(scan.findings, ctx);
    expect(outcomes).toEqual([
      expect.objectContaining({ ok: false, message: expect.stringContaining('Not moved') }),
    ]);
    expect(await readFile(join(victim, 'tax-return.pdf'), 'utf8')).toBe('the customer’s own file');
    await expect(lstat(join(home, '.local', 'share', 'Trash', 'files', 'Agent'))).rejects.toThrow(
      /ENOENT/,
    );
  });

  it('a folder replaced by another one (same path, another inode) is not moved', async () => {
    const ctx = context(['~/ZohoMeeting']);
    const scan = await scanLeftovers(ctx);
    // Made while the old one still exists, so it cannot get the old inode back.
    await mkdir(join(home, 'planted-folder'));
    await writeFile(join(home, 'planted-folder', 'planted'), 'x');
    await rm(join(home, 'ZohoMeeting'), { recursive: true });
    await rename(join(home, 'planted-folder'), join(home, 'ZohoMeeting'));
    const outcomes = await removeFindings(scan.findings, ctx);
    expect(outcomes[0]?.ok).toBe(false);
    await expect(lstat(join(home, 'ZohoMeeting', 'planted'))).resolves.toBeTruthy();
  });

  it('a process is matched by the folder its executable lies in, never by its name alone', () => {
    const folders = [join(home, 'ZohoMeeting')];
    const inside = { pid: 10, name: 'x', path: join(home, 'ZohoMeeting', 'x'), uid: 1000 };
    const owner = { uid: 1000, isPrivileged: false };
    expect(matchAgentProcess(inside, ['agent'], folders, 'linux', owner)).toBe('inside');
    // A root process whose path another user cannot see, with the agent's name: shown, not stopped.
    expect(matchAgentProcess({ pid: 1, name: 'agent' }, ['agent'], folders, 'linux', owner)).toBe(
      'named',
    );
    expect(matchAgentProcess({ ...inside, uid: 0 }, ['agent'], folders, 'linux', owner)).toBe(
      'other_user',
    );
    expect(
      matchAgentProcess({ ...inside, uid: 0 }, ['agent'], folders, 'linux', {
        uid: 1000,
        isPrivileged: true,
      }),
    ).toBe('inside');
  });

  it.runIf(isRoot)(
    'a process of another user running from the agent folder is shown, never stopped, when not elevated',
    async () => {
      // World-readable, so the other user can run the program.
      await chmod(sandbox, 0o755);
      await chmod(home, 0o755);
      const program = join(home, 'ZohoMeeting', 'sp-issue14-agent');
      await copyFile('/bin/sleep', program);
      await chmod(program, 0o755);
      const child = await startProcess(program, ['300'], undefined, { uid: 65534, gid: 65534 });
      try {
        await new Promise((r) => setTimeout(r, 200));
        const ctx = context(['~/ZohoMeeting'], { isPrivileged: false, uid: 0 });
        const scan = await scanLeftovers(ctx);
        const item = scan.findings.find((f) => f.id === `process:${child.pid}`);
        expect(item).toMatchObject({ removable: false, action: { type: 'none' } });
        expect(item?.reason).toContain('as another user');
        await runCleanup([`process:${child.pid}`], ctx);
        expect(child.isRunning()).toBe(true);
      } finally {
        child.kill('SIGKILL');
        await child.exited;
      }
    },
  );
});
