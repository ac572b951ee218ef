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
  // Start-Process takes the command line as one string, which the program splits by the rules of
  // CommandLineToArgvW: each argument is quoted for exactly those rules, so a space or a quote in a path
  // arrives as one argument, whole.
  const commandLine = args.map(windowsArgument).join(' ');
  const list = args.length ? ` -ArgumentList ${psQuote(commandLine)}` : '';
  const script = `$p = Start-Process -FilePath ${psQuote(file)}${list} -Verb RunAs -Wait -PassThru -WindowStyle Hidden; exit $p.ExitCode`;
  return powerShellArgv(script);
}

/**
 * One argument quoted for a Windows command line, as CommandLineToArgvW (and the C runtime) read it back:
 * quotes around anything empty or with white space or a quote; a quote inside becomes \", and the
 * backslashes before a quote (or before the closing quote) are doubled.
 * https://learn.microsoft.com/en-us/cpp/c-language/parsing-c-command-line-arguments
 */
export function windowsArgument(arg: string): string {
  if (arg.includes('\0')) throw new Error('elevated: an argument cannot hold NUL');
  if (arg !== '' && !/[\s"]/.test(arg)) return arg;
  let out = '"';
  let backslashes = 0;
  for (const c of arg) {
    if (c === '\\') {
      backslashes++;
      continue;
    }
    out += c === '"' ? '\\'.repeat(backslashes * 2 + 1) + c : '\\'.repeat(backslashes) + c;
    backslashes = 0;
  }
  return `${out}${'\\'.repeat(backslashes * 2)}"`;
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
