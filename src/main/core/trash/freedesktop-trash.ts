import { lstat, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';

export interface FreedesktopContext {
  home: string;
  env: Readonly<Record<string, string | undefined>>;
  uid: number;
  now?: () => Date;
}

export type TrashOutcome =
  { ok: true; trashedAs: string; infoFile: string } | { ok: false; why: string };

/** `$XDG_DATA_HOME/Trash`, or `~/.local/share/Trash` (the spec ignores a relative XDG_DATA_HOME). */
export function homeTrashDir(ctx: FreedesktopContext): string {
  const data = ctx.env.XDG_DATA_HOME;
  return join(data && isAbsolute(data) ? data : join(ctx.home, '.local', 'share'), 'Trash');
}

/**
 * Moves a file or folder into the freedesktop.org trash (Trash specification 1.0): the home trash when it is
 * on the same filesystem, else `$topdir/.Trash-$uid`. Only ever a rename, so nothing is deleted and the
 * customer can restore it from the file manager. Nothing is copied across filesystems.
 */
export async function moveToFreedesktopTrash(
  path: string,
  ctx: FreedesktopContext,
): Promise<TrashOutcome> {
  let device: number;
  try {
    device = (await lstat(path)).dev;
  } catch (error) {
    return { ok: false, why: errno(error) };
  }
  const homeTrash = homeTrashDir(ctx);
  const homeDevice = await deviceOf(homeTrash);
  if (homeDevice === device) return moveInto(path, homeTrash, path, ctx);
  const topdir = await mountRoot(path, device);
  // In a topdir trash the spec lets Path be relative to the topdir, so the trash survives a new mount point.
  return moveInto(path, join(topdir, `.Trash-${ctx.uid}`), relative(topdir, path), ctx);
}

async function moveInto(
  path: string,
  trash: string,
  recordedPath: string,
  ctx: FreedesktopContext,
): Promise<TrashOutcome> {
  const files = join(trash, 'files');
  const info = join(trash, 'info');
  try {
    await mkdir(files, { recursive: true, mode: 0o700 });
    await mkdir(info, { recursive: true, mode: 0o700 });
  } catch (error) {
    return { ok: false, why: errno(error) };
  }
  const content = `[Trash Info]\nPath=${encodeTrashPath(recordedPath)}\nDeletionDate=${trashDate(ctx.now?.() ?? new Date())}\n`;
  const base = basename(path);
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? base : `${base}.${n}`;
    const infoFile = join(info, `${name}.trashinfo`);
    // The spec's lock: the .trashinfo is created with O_EXCL first, so two trashers never pick one name.
    let handle;
    try {
      handle = await open(infoFile, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      return { ok: false, why: errno(error) };
    }
    try {
      await handle.writeFile(content, 'utf8');
    } finally {
      await handle.close();
    }
    const target = join(files, name);
    if (await exists(target)) {
      await unlink(infoFile);
      continue;
    }
    try {
      await rename(path, target);
    } catch (error) {
      await unlink(infoFile).catch(() => undefined);
      return { ok: false, why: errno(error) };
    }
    return { ok: true, trashedAs: target, infoFile };
  }
  return { ok: false, why: 'no free name in the trash' };
}

/** RFC 2396 escaping, as the spec asks, keeping "/" as the separator. */
export function encodeTrashPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** `YYYY-MM-DDThh:mm:ss` in local time, as the spec says. */
export function trashDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

async function deviceOf(path: string): Promise<number | undefined> {
  // The trash may not exist yet: its nearest existing ancestor is on the filesystem it will be created on.
  for (let p = path; ; p = dirname(p)) {
    try {
      return (await stat(p)).dev;
    } catch {
      if (dirname(p) === p) return undefined;
    }
  }
}

async function mountRoot(path: string, device: number): Promise<string> {
  let current = dirname(path);
  while (dirname(current) !== current) {
    const parent = dirname(current);
    if ((await stat(parent)).dev !== device) return current;
    current = parent;
  }
  return current;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

function errno(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? (error instanceof Error ? error.message : String(error));
}
