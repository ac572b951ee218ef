import { lstat, realpath } from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import { allowedRoots, expandAgentPath, type PathRefusal } from '../fixes/agent-paths';
import type { CleanupContext } from './cleanup-context';

export type TargetRefusal = PathRefusal | 'symlink' | 'points_outside' | 'unreadable';

/** Which file a scan saw: its real path and identity, so the move can prove it is still that one. */
export interface SeenFile {
  path: string;
  dev: number;
  ino: number;
}

export type Target =
  | ({ state: 'present'; isFolder: boolean } & SeenFile)
  | { state: 'absent'; path: string }
  | { state: 'refused'; raw: string; path?: string; reason: TargetRefusal };

/**
 * A catalog path made safe to move: expanded and checked by `expandAgentPath`, then resolved on disk.
 * A symlink or junction in its place, or any link on the way that leads out of the user's profile and
 * program folders, refuses it: what we move must be the very folder the catalog names.
 */
export async function resolveTarget(raw: string, ctx: CleanupContext): Promise<Target> {
  const expanded = expandAgentPath(raw, { platform: ctx.platform, env: ctx.env, home: ctx.home });
  if (!expanded.ok) return { state: 'refused', raw, reason: expanded.reason };
  const path = expanded.path;
  try {
    const info = await lstat(path);
    // Node reports Windows junctions as symbolic links too.
    if (info.isSymbolicLink()) return { state: 'refused', raw, path, reason: 'symlink' };
    const real = await realpath(path);
    const roots = await realRoots(ctx);
    if (!roots.some((root) => isStrictlyInside(real, root, ctx.platform)))
      return { state: 'refused', raw, path, reason: 'points_outside' };
    return {
      state: 'present',
      path: real,
      isFolder: info.isDirectory(),
      dev: info.dev,
      ino: info.ino,
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { state: 'absent', path };
    // A NUL, a name too long, a loop of links, no permission: this one path is refused, the scan goes on.
    return { state: 'refused', raw, path: printable(path), reason: 'unreadable' };
  }
}

/**
 * Whether the file the scan saw is still at its real path, reached through no link: the same device and
 * inode, and a real path that is the path itself. A parent folder swapped for a link after the scan makes
 * the real path differ, so nothing is moved.
 */
export async function isStillThere(seen: SeenFile): Promise<boolean> {
  try {
    const info = await lstat(seen.path);
    if (info.isSymbolicLink() || info.dev !== seen.dev || info.ino !== seen.ino) return false;
    return (await realpath(seen.path)) === seen.path;
  } catch {
    return false;
  }
}

function printable(path: string): string {
  return path.replace(/\0/g, '[U+0000]');
}

async function realRoots(ctx: CleanupContext): Promise<string[]> {
  const roots: string[] = [];
  for (const root of allowedRoots({ platform: ctx.platform, env: ctx.env, home: ctx.home })) {
    // The home itself may be a link (/home → /data/home): compare real paths with real paths.
    roots.push(await realpath(root).catch(() => root));
  }
  return roots;
}

export function isStrictlyInside(
  path: string,
  root: string,
  platform: CleanupContext['platform'],
): boolean {
  const p = platform === 'win32' ? win32 : posix;
  const rel = p.relative(
    platform === 'win32' ? root.toLowerCase() : root,
    platform === 'win32' ? path.toLowerCase() : path,
  );
  return rel !== '' && !rel.startsWith('..') && !p.isAbsolute(rel);
}
