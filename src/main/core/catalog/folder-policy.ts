import type { OsPlatform } from '../os/platform';
import { protectedFolderName, type ProtectedCategory } from './protected-names';

/** Why a catalog folder is refused; the policy words each one (`policy:folder.*`). */
export type FolderRefusal =
  | { rule: 'wildcard' }
  | { rule: 'syntax' }
  | { rule: 'tooLong' }
  | { rule: 'driveLetter' }
  | { rule: 'unknownVariable'; variable: string }
  | { rule: 'profile' }
  | { rule: 'personal' }
  | { rule: 'temp' }
  | { rule: 'appRoot' }
  | { rule: 'programRoot' }
  | { rule: 'system' }
  | { rule: 'protected'; category: ProtectedCategory };

/** The Windows variables a catalog folder may start with: the per-user and the program folders. */
export const WINDOWS_FOLDER_VARIABLES = [
  'LOCALAPPDATA',
  'APPDATA',
  'PROGRAMFILES',
  'PROGRAMFILES(X86)',
  'PROGRAMW6432',
  'USERPROFILE',
] as const;

const MAX_FOLDER_LENGTH = 240;
const WILDCARD = /[*?[\]{}]/;
// Control characters, NUL, and the line and paragraph separators: never part of a real folder's name.
function hasControl(text: string): boolean {
  for (const char of text) {
    const c = char.codePointAt(0) ?? 0;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
// Characters Windows refuses in a name, plus `%` and `$` (variables of shells and installers) and `~`.
const WINDOWS_BAD = /[<>:"|%$~]/;
const POSIX_BAD = /[$`\\%]/;

// Folders that hold a person's own files: never an agent's, at any depth.
const PERSONAL_WIN = new Set([
  'desktop',
  'documents',
  'my documents',
  'downloads',
  'music',
  'pictures',
  'videos',
  'favorites',
  'links',
  'contacts',
  'searches',
  'saved games',
  '3d objects',
  'onedrive',
  'dropbox',
  'start menu',
  '.ssh',
  '.gnupg',
  '.aws',
  '.azure',
  '.kube',
  '.docker',
]);
const PERSONAL_POSIX = new Set([
  'desktop',
  'documents',
  'downloads',
  'music',
  'pictures',
  'videos',
  'movies',
  'public',
  'templates',
  'dropbox',
  '.ssh',
  '.gnupg',
  '.pki',
  '.aws',
  '.azure',
  '.kube',
  '.docker',
  '.mozilla',
  '.password-store',
  '.trash',
]);
// macOS ~/Library folders that are the OS's or the user's data at any depth.
const MAC_LIBRARY_SYSTEM = new Set([
  'preferences',
  'launchagents',
  'launchdaemons',
  'keychains',
  'cookies',
  'mail',
  'messages',
  'safari',
  'accounts',
  'security',
  'mobile documents',
  'startupitems',
]);
// ~/Library folders that hold every application's data: their root only is refused.
const MAC_LIBRARY_SHARED = new Set([
  'application support',
  'caches',
  'containers',
  'group containers',
  'logs',
  'application scripts',
  'saved application state',
  'httpstorages',
  'webkit',
]);
const MAC_APPLE_APPS =
  /^(utilities|safari\.app|mail\.app|messages\.app|facetime\.app|photos\.app|music\.app|notes\.app|calendar\.app|contacts\.app|app store\.app|system settings\.app|system preferences\.app|xcode\.app)$/;
const WIN_PROGRAM_SYSTEM =
  /^(windows|microsoft|common files$|internet explorer$|modifiablewindowsapps$|reference assemblies$|msbuild$|dotnet$|powershell$|uninstall information$)/;
const LINUX_USR_LOCAL_SYSTEM = new Set([
  'bin',
  'sbin',
  'lib',
  'lib32',
  'lib64',
  'libexec',
  'include',
  'share',
  'etc',
  'src',
  'man',
  'games',
]);
const LINUX_CONFIG_SYSTEM = new Set(['autostart', 'systemd', 'environment.d']);

/**
 * Whether a catalog folder is specific to the agent, judged on its text alone (the same on every PC): a
 * place agents install to, at least one folder deep, and none of the folders that hold far more than an
 * agent (a profile root, Desktop, Documents, Downloads, Temp, an AppData or Library root, a program-folder
 * root, a system folder). Undefined when it is acceptable.
 */
export function folderRefusal(raw: string, platform: OsPlatform): FolderRefusal | undefined {
  if (raw.length > MAX_FOLDER_LENGTH) return { rule: 'tooLong' };
  if (hasControl(raw)) return { rule: 'syntax' };
  if (WILDCARD.test(raw)) return { rule: 'wildcard' };
  const parsed = platform === 'win32' ? splitWindows(raw) : splitPosix(raw);
  if ('rule' in parsed) return parsed;
  const lower = parsed.segments.map((s) => s.toLowerCase());
  const named = parsed.segments.find((s) => protectedFolderName(s) !== undefined);
  if (named !== undefined)
    return { rule: 'protected', category: protectedFolderName(named) ?? 'system' };
  return platform === 'win32'
    ? windowsRefusal(parsed.base, lower)
    : platform === 'darwin'
      ? macRefusal(parsed.base, lower)
      : linuxRefusal(parsed.base, lower);
}

type Split = { base: string; segments: string[] } | FolderRefusal;

function segmentsOf(rest: string, bad: RegExp): string[] | undefined {
  if (rest === '') return [];
  const segments = rest.split(/[\\/]/);
  const isBad = (s: string) =>
    s === '' || s === '.' || s === '..' || bad.test(s) || /[ .]$/.test(s) || /^ /.test(s);
  return segments.some(isBad) ? undefined : segments;
}

function splitWindows(raw: string): Split {
  if (/^[A-Za-z]:[\\/]/.test(raw)) return { rule: 'driveLetter' };
  const m = /^%([^%]+)%(?:[\\/](.*))?$/.exec(raw);
  if (!m?.[1]) return { rule: 'syntax' };
  const variable = m[1].toUpperCase();
  if (variable === 'TEMP' || variable === 'TMP') return { rule: 'temp' };
  if (!(WINDOWS_FOLDER_VARIABLES as readonly string[]).includes(variable)) {
    return /^(WINDIR|SYSTEMROOT|SYSTEMDRIVE|PROGRAMDATA|ALLUSERSPROFILE|PUBLIC|COMMONPROGRAMFILES.*)$/.test(
      variable,
    )
      ? { rule: 'system' }
      : { rule: 'unknownVariable', variable: `%${m[1]}%` };
  }
  const segments = segmentsOf(m[2] ?? '', WINDOWS_BAD);
  if (!segments) return { rule: 'syntax' };
  // The profile's AppData folders, written from %USERPROFILE%, are judged as their own variables.
  const lower = segments.map((s) => s.toLowerCase());
  if (variable === 'USERPROFILE' && lower[0] === 'appdata') {
    if (lower[1] === 'local') return { base: 'LOCALAPPDATA', segments: segments.slice(2) };
    if (lower[1] === 'roaming') return { base: 'APPDATA', segments: segments.slice(2) };
    if (lower[1] === 'locallow') return { base: 'APPDATA', segments: segments.slice(2) };
    return { rule: 'appRoot' };
  }
  return { base: variable, segments };
}

function windowsRefusal(base: string, lower: string[]): FolderRefusal | undefined {
  const [first] = lower;
  switch (base) {
    case 'USERPROFILE':
      if (first === undefined) return { rule: 'profile' };
      return PERSONAL_WIN.has(first) || first.startsWith('onedrive')
        ? { rule: 'personal' }
        : undefined;
    case 'LOCALAPPDATA':
    case 'APPDATA':
      if (first === undefined) return { rule: 'appRoot' };
      if (first === 'temp') return { rule: 'temp' };
      if (first === 'microsoft' || first === 'packages') return { rule: 'system' };
      if (first === 'programs' && lower.length === 1) return { rule: 'programRoot' };
      return undefined;
    default:
      // The program folders.
      if (first === undefined) return { rule: 'programRoot' };
      return WIN_PROGRAM_SYSTEM.test(first) ? { rule: 'system' } : undefined;
  }
}

function splitPosix(raw: string): Split {
  let base: string;
  let rest: string;
  if (raw === '~') return { base: '~', segments: [] };
  if (raw.startsWith('~/')) {
    base = '~';
    rest = raw.slice(2);
  } else if (raw.startsWith('/')) {
    base = '/';
    rest = raw.slice(1);
  } else return { rule: 'syntax' };
  const segments = segmentsOf(rest, POSIX_BAD);
  // `~` is only the home at the start: `~user` or a later `~` would be read differently by a shell.
  if (!segments || segments.some((s) => s.startsWith('~'))) return { rule: 'syntax' };
  return { base, segments };
}

function macRefusal(base: string, lower: string[]): FolderRefusal | undefined {
  const [first, second] = lower;
  if (base === '~') {
    if (first === undefined) return { rule: 'profile' };
    if (PERSONAL_POSIX.has(first)) return { rule: 'personal' };
    if (first === 'applications') return lower.length === 1 ? { rule: 'programRoot' } : undefined;
    if (first === 'library') {
      if (second === undefined) return { rule: 'appRoot' };
      if (MAC_LIBRARY_SYSTEM.has(second)) return { rule: 'system' };
      if (MAC_LIBRARY_SHARED.has(second) && lower.length === 2) return { rule: 'appRoot' };
      return undefined;
    }
    if (first === '.config' || first === '.local' || first === '.cache')
      return lower.length === 1 ? { rule: 'appRoot' } : undefined;
    return undefined;
  }
  if (first === 'applications') {
    if (second === undefined) return { rule: 'programRoot' };
    return MAC_APPLE_APPS.test(second) ? { rule: 'system' } : undefined;
  }
  if (first === 'library' && second === 'application support') {
    const third = lower[2];
    if (third === undefined) return { rule: 'appRoot' };
    return third === 'apple' || third.startsWith('com.apple') ? { rule: 'system' } : undefined;
  }
  return { rule: 'system' };
}

function linuxRefusal(base: string, lower: string[]): FolderRefusal | undefined {
  const [first, second] = lower;
  if (base === '~') {
    if (first === undefined) return { rule: 'profile' };
    if (PERSONAL_POSIX.has(first)) return { rule: 'personal' };
    if (first === '.config') {
      if (second === undefined) return { rule: 'appRoot' };
      return LINUX_CONFIG_SYSTEM.has(second) ? { rule: 'system' } : undefined;
    }
    if (first === '.local') {
      if (second === undefined) return { rule: 'appRoot' };
      if (second === 'bin') return { rule: 'system' };
      const third = lower[2];
      if (third === undefined) return { rule: 'appRoot' };
      return second === 'share' && (third === 'trash' || third === 'applications')
        ? { rule: 'system' }
        : undefined;
    }
    if (first === '.cache' || first === '.var' || first === 'snap')
      return lower.length === 1 ? { rule: 'appRoot' } : undefined;
    return undefined;
  }
  if (first === 'opt') return second === undefined ? { rule: 'programRoot' } : undefined;
  if (first === 'usr' && second === 'local') {
    const third = lower[2];
    if (third === undefined) return { rule: 'programRoot' };
    return LINUX_USR_LOCAL_SYSTEM.has(third) ? { rule: 'system' } : undefined;
  }
  if (first === 'var' && second === 'log') {
    const third = lower[2];
    if (third === undefined) return { rule: 'system' };
    return third === 'journal' || third === 'installer' || third === 'private'
      ? { rule: 'system' }
      : undefined;
  }
  // /usr/lib, /usr/share, /etc, /var/lib…: the OS's, and its package manager's.
  return { rule: 'system' };
}
