import type { CommandSpec } from './run-command';

/**
 * A fixed PowerShell script as an argument array. -EncodedCommand (Base64 of UTF-16LE) carries the script
 * without any quoting through cmd or CreateProcess; the script sets UTF-8 output so Japanese names survive.
 */
export function powershellCommand(script: string, timeoutMs = 15_000): CommandSpec {
  const full = `[Console]::OutputEncoding = [System.Text.Encoding]::UTF8\n$ProgressPreference = 'SilentlyContinue'\n${script}`;
  return {
    file: 'powershell.exe',
    args: [
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
      Buffer.from(full, 'utf16le').toString('base64'),
    ],
    timeoutMs,
  };
}

/** The script inside a command built by `powershellCommand`, for tests and logs. */
export function scriptOf(spec: CommandSpec): string {
  const encoded = spec.args[spec.args.indexOf('-EncodedCommand') + 1] ?? '';
  return Buffer.from(encoded, 'base64').toString('utf16le');
}
