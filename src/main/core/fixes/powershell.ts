/** PowerShell's `-EncodedCommand` form: base64 of the script's UTF-16LE bytes. */
export function encodePowerShell(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

/** The inverse, for tests and for showing the script behind a command. */
export function decodePowerShell(encoded: string): string {
  return Buffer.from(encoded, 'base64').toString('utf16le');
}

/** A PowerShell single-quoted literal: nothing inside is interpreted; a quote is doubled. */
export function psQuote(value: string): string {
  // PowerShell also treats the typographic single quotes as quote characters, so they are doubled too.
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}

/** The argument array that runs a script, encoded, so no input is ever parsed as a command line. */
export function powerShellCommand(script: string): string[] {
  return [
    'powershell.exe',
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    encodePowerShell(script),
  ];
}
