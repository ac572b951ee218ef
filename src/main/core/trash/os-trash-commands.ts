import { powerShellArgv, psQuote } from '../os/powershell';

/**
 * Windows: the Recycle Bin through the shell's own file operation, which VB.NET's FileSystem exposes.
 * The path travels inside a single-quoted PowerShell literal, and the script as -EncodedCommand, so no
 * character of a path is ever read as a command.
 */
export function recycleBinCommand(path: string, kind: 'folder' | 'file'): string[] {
  const method = kind === 'folder' ? 'DeleteDirectory' : 'DeleteFile';
  const script = [
    '$ErrorActionPreference = "Stop"',
    'Add-Type -AssemblyName Microsoft.VisualBasic',
    `[Microsoft.VisualBasic.FileIO.FileSystem]::${method}(${psQuote(path)}, 'OnlyErrorDialogs', 'SendToRecycleBin')`,
  ].join('; ');
  return powerShellArgv(script);
}

// The path arrives as argv, so AppleScript never parses it as code.
const FINDER_DELETE = [
  'on run argv',
  'tell application "Finder" to delete (POSIX file (item 1 of argv) as alias)',
  'end run',
];

/** macOS: the Trash through Finder, which also records "Put Back". */
export function finderTrashCommand(path: string): string[] {
  return ['/usr/bin/osascript', ...FINDER_DELETE.flatMap((line) => ['-e', line]), '--', path];
}
