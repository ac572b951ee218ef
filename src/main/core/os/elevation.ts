import type { OsPlatform } from './platform';
import { powerShellArgv, psQuote } from './powershell';

// Fixed AppleScript: the arguments arrive as argv and each is quoted by AppleScript's own `quoted form of`,
// so no path is ever spliced into the script text.
const OSASCRIPT_RUN_ARGV = [
  'on run argv',
  'set cmd to ""',
  'repeat with a in argv',
  'set cmd to cmd & quoted form of (a as text) & " "',
  'end repeat',
  'do shell script cmd with administrator privileges',
  'end run',
];

/**
 * The argument array that runs `argv` with the OS's elevation: UAC on Windows, the administrator prompt on
 * macOS, pkexec on Linux. A process that is already privileged runs it as it is.
 */
export function elevated(
  argv: readonly string[],
  platform: OsPlatform,
  isPrivileged: boolean,
): string[] {
  if (isPrivileged) return [...argv];
  switch (platform) {
    case 'win32':
      return windowsRunAs(argv);
    case 'darwin':
      return [
        '/usr/bin/osascript',
        ...OSASCRIPT_RUN_ARGV.flatMap((line) => ['-e', line]),
        '--',
        ...argv,
      ];
    case 'linux':
      return ['pkexec', ...argv];
    default:
      return unreachable(platform);
  }
}

function windowsRunAs(argv: readonly string[]): string[] {
  const [file, ...args] = argv;
  if (!file) throw new Error('elevated: empty command');
  // Start-Process joins -ArgumentList with spaces, so only arguments without spaces or quotes are safe;
  // ours are flags and base64 (the encoded script), which is the point of encoding.
  for (const a of args)
    if (/[\s"']/.test(a) || a === '') throw new Error(`elevated: argument needs quoting: ${a}`);
  const list = args.map(psQuote).join(',');
  const script = `$p = Start-Process -FilePath ${psQuote(file)} -ArgumentList @(${list}) -Verb RunAs -Wait -PassThru -WindowStyle Hidden; exit $p.ExitCode`;
  return powerShellArgv(script);
}

// Start-Process -Verb RunAs words UAC's "No" (ERROR_CANCELLED) in the UI language; on a Japanese PC it
// reads correctly only since its output is decoded in the console's code page (run-command.ts).
const REFUSALS = [
  /Not authorized|dismissed|request was cancel|canceled by the user|cancelled by the user|User canceled/i,
  /この操作はユーザーによって取り消されました/,
];

/** pkexec's, the macOS prompt's and UAC's "the user said no": the command did not run at all. */
export function isElevationRefusal(stderr: string): boolean {
  return REFUSALS.some((r) => r.test(stderr));
}

function unreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
