import { posix, win32 } from 'node:path';
import type { OsPlatform } from '../os/platform';

export interface PathContext {
  platform: OsPlatform;
  env: Readonly<Record<string, string | undefined>>;
  /** The user's home folder (USERPROFILE on Windows). */
  home: string;
}

export type PathVerdict =
  { ok: true; path: string } | { ok: false; reason: PathRefusal; raw: string };
export type PathRefusal = 'unknown_variable' | 'dot_segments' | 'not_absolute' | 'outside_allowed';

/**
 * A catalog path made concrete for this PC: `%VAR%` (Windows) and `~` expanded in our own process — an
 * elevated helper may run as another account, whose %LOCALAPPDATA% is not the customer's — then refused
 * unless it is absolute, has no `..`, and lies in the user's profile or the program folders.
 */
export function expandAgentPath(raw: string, ctx: PathContext): PathVerdict {
  const refuse = (reason: PathRefusal): PathVerdict => ({ ok: false, reason, raw });
  if (hasDotSegment(raw)) return refuse('dot_segments');
  let expanded: string;
  if (ctx.platform === 'win32') {
    const vars = windowsVars(ctx);
    let unknown = false;
    expanded = raw.replace(/%([^%]+)%/g, (_m, name: string) => {
      const value = vars.get(name.toUpperCase());
      if (value === undefined) unknown = true;
      return value ?? '';
    });
    if (unknown) return refuse('unknown_variable');
    expanded = expanded.replace(/\//g, '\\');
  } else {
    expanded =
      raw === '~' ? ctx.home : raw.startsWith('~/') ? posix.join(ctx.home, raw.slice(2)) : raw;
  }
  // A variable's value could itself carry `..`.
  if (hasDotSegment(expanded)) return refuse('dot_segments');
  const p = ctx.platform === 'win32' ? win32 : posix;
  if (!isAbsoluteLocal(expanded, ctx.platform)) return refuse('not_absolute');
  const normal = stripTrailingSeparator(p.normalize(expanded), ctx.platform);
  if (!allowedRoots(ctx).some((root) => isInside(normal, root, ctx.platform)))
    return refuse('outside_allowed');
  return { ok: true, path: normal };
}

/** The folders a catalog path may point into: the user's profile and the program folders. */
export function allowedRoots(ctx: PathContext): string[] {
  switch (ctx.platform) {
    case 'win32': {
      const v = windowsVars(ctx);
      const roots = [
        v.get('USERPROFILE'),
        v.get('PROGRAMFILES'),
        v.get('PROGRAMFILES(X86)'),
        v.get('PROGRAMW6432'),
      ];
      return roots
        .filter((r): r is string => Boolean(r && isAbsoluteLocal(r, 'win32')))
        .map((r) => stripTrailingSeparator(win32.normalize(r), 'win32'));
    }
    case 'darwin':
      return [ctx.home, '/Applications', '/Library/Application Support'];
    case 'linux':
      return [ctx.home, '/opt', '/usr/local', '/usr/lib', '/usr/share', '/var/log'];
  }
}

function windowsVars(ctx: PathContext): Map<string, string> {
  // Windows variables are case-insensitive; the home we were given wins for the profile.
  const vars = new Map<string, string>();
  for (const [k, v] of Object.entries(ctx.env))
    if (v !== undefined && v !== '') vars.set(k.toUpperCase(), v);
  vars.set('USERPROFILE', ctx.home);
  if (!vars.has('LOCALAPPDATA')) vars.set('LOCALAPPDATA', win32.join(ctx.home, 'AppData', 'Local'));
  if (!vars.has('APPDATA')) vars.set('APPDATA', win32.join(ctx.home, 'AppData', 'Roaming'));
  return vars;
}

function hasDotSegment(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => segment === '..');
}

function isAbsoluteLocal(path: string, platform: OsPlatform): boolean {
  // On Windows only a drive path counts: `\\server\share` or `\folder` (current drive) are refused.
  return platform === 'win32' ? /^[a-z]:\\/i.test(path) : path.startsWith('/');
}

function stripTrailingSeparator(path: string, platform: OsPlatform): string {
  const sep = platform === 'win32' ? '\\' : '/';
  return path.length > 3 && path.endsWith(sep) ? path.slice(0, -1) : path;
}

function isInside(path: string, root: string, platform: OsPlatform): boolean {
  const sep = platform === 'win32' ? '\\' : '/';
  const [a, b] = platform === 'win32' ? [path.toLowerCase(), root.toLowerCase()] : [path, root];
  // Strictly inside: excluding the whole profile or Program Files would be far more than the agent needs.
  return a.startsWith(b.endsWith(sep) ? b : b + sep) && a.length > b.length + 1;
}
