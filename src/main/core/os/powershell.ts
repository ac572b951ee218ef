import type { CommandSpec } from './command';

/** How every PowerShell of ours starts: no profile, no prompt, no policy in the way, the script encoded. */
export const POWERSHELL_FLAGS = [
  '-NoProfile',
  '-NonInteractive',
  '-ExecutionPolicy',
  'Bypass',
  '-EncodedCommand',
] as const;

// UTF-8 output, so Japanese names and paths arrive whole whatever the console's code page; no progress
// bars, which Windows PowerShell 5.1 writes to the error stream as CLIXML when it is redirected.
const PRELUDE =
  "[Console]::OutputEncoding = [System.Text.Encoding]::UTF8\n$ProgressPreference = 'SilentlyContinue'\n";

/** A PowerShell single-quoted literal: nothing inside is interpreted; a quote is doubled. */
export function psQuote(value: string): string {
  // PowerShell also treats the typographic single quotes (U+2018–U+201B) as quote characters, so they
  // are doubled too: each one of a pair is read as the literal character it escapes.
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}

/** PowerShell's `-EncodedCommand` form: base64 of the script's UTF-16LE bytes. */
export function encodePowerShell(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

/** The inverse of `encodePowerShell`. */
export function decodePowerShell(encoded: string): string {
  return Buffer.from(encoded, 'base64').toString('utf16le');
}

/**
 * The argument array that runs a script with UTF-8 output, encoded: -EncodedCommand carries it without
 * any quoting through CreateProcess, so no input is ever parsed as a command line. Fixes keep this form
 * in their plans and in the journal.
 */
export function powerShellArgv(script: string): string[] {
  return ['powershell.exe', ...POWERSHELL_FLAGS, encodePowerShell(PRELUDE + script)];
}

/** The same, as a command with a time limit (a probe's). */
export function powerShellCommand(script: string, timeoutMs = 15_000): CommandSpec {
  const [file = 'powershell.exe', ...args] = powerShellArgv(script);
  return { file, args, timeoutMs };
}

/**
 * The script inside a command of ours (`powerShellArgv`, or the journal's older form without the UTF-8
 * lines), as its caller wrote it; undefined for any other shape. For the elevated batch, and for showing
 * a person the script behind a change.
 */
export function scriptOf(command: CommandSpec | readonly string[]): string | undefined {
  const argv = 'file' in command ? [command.file, ...command.args] : command;
  const encoded = argv[6];
  if (
    argv.length !== 7 ||
    argv[0] !== 'powershell.exe' ||
    POWERSHELL_FLAGS.some((flag, i) => argv[i + 1] !== flag) ||
    !encoded ||
    !/^[A-Za-z0-9+/]+=*$/.test(encoded)
  )
    return undefined;
  const script = decodePowerShell(encoded);
  return script.startsWith(PRELUDE) ? script.slice(PRELUDE.length) : script;
}
