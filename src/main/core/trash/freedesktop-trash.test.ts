import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  encodeTrashPath,
  homeTrashDir,
  moveToFreedesktopTrash,
  trashDate,
} from './freedesktop-trash';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
// A second filesystem to move from: /dev/shm is a tmpfs on Linux, apart from the home's disk.
const otherDevice =
  process.platform === 'linux' &&
  existsSync('/dev/shm') &&
  statSync('/dev/shm').dev !== statSync(tmpdir()).dev;

describe('freedesktop trash', () => {
  it('formats the spec’s date and path', () => {
    expect(trashDate(new Date(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02T03:04:05');
    expect(encodeTrashPath('/home/taro/Zoho Meeting/a%b#c')).toBe(
      '/home/taro/Zoho%20Meeting/a%25b%23c',
    );
    expect(
      homeTrashDir({ home: '/home/taro', env: { XDG_DATA_HOME: 'relative/ignored' }, uid }),
    ).toBe('/home/taro/.local/share/Trash');
    expect(homeTrashDir({ home: '/home/taro', env: { XDG_DATA_HOME: '/data/taro' }, uid })).toBe(
      '/data/taro/Trash',
    );
  });

  it.runIf(otherDevice)(
    'uses $topdir/.Trash-$uid for a folder on another filesystem, with a Path relative to the topdir',
    async () => {
      const home = await mkdtemp(join(tmpdir(), 'sp-trash-home-'));
      cleanups.push(() => rm(home, { recursive: true, force: true }));
      const dir = await mkdtemp('/dev/shm/sp-trash-');
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      const trash = join('/dev/shm', `.Trash-${uid}`);
      const hadTrash = existsSync(trash);
      // A unique name: /dev/shm's trash is shared with whatever else ran on this machine.
      const name = `${basename(dir)}-ZohoMeeting`;
      const source = join(dir, name);
      await mkdir(source);
      await writeFile(join(source, 'a.log'), 'x');

      const moved = await moveToFreedesktopTrash(source, {
        home,
        env: {},
        uid,
        now: () => new Date(2026, 10, 25, 9, 30, 0),
      });
      cleanups.push(async () => {
        await rm(join(trash, 'files', name), { recursive: true, force: true });
        await rm(join(trash, 'info', `${name}.trashinfo`), { force: true });
        if (!hadTrash) await rm(trash, { recursive: true, force: true });
      });

      expect(moved).toEqual({
        ok: true,
        trashedAs: join(trash, 'files', name),
        infoFile: join(trash, 'info', `${name}.trashinfo`),
      });
      expect(await readFile(join(trash, 'files', name, 'a.log'), 'utf8')).toBe('x');
      expect(await readFile(join(trash, 'info', `${name}.trashinfo`), 'utf8')).toBe(
        `[Trash Info]\nPath=${basename(dir)}/${name}\nDeletionDate=2026-11-25T09:30:00\n`,
      );
      expect(await readdir(dir)).toEqual([]);
      expect(existsSync(join(home, '.local', 'share', 'Trash'))).toBe(false);
    },
  );

  it('reports a missing path without creating anything', async () => {
    const home = await mkdtemp(join(tmpdir(), 'sp-trash-home-'));
    cleanups.push(() => rm(home, { recursive: true, force: true }));
    expect(await moveToFreedesktopTrash(join(home, 'absent'), { home, env: {}, uid })).toEqual({
      ok: false,
      why: 'ENOENT',
    });
    expect(await readdir(home)).toEqual([]);
  });
});
