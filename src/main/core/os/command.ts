/** One OS command: a program and its arguments, never a shell string, and how long it may take. */
export interface CommandSpec {
  file: string;
  args: readonly string[];
  timeoutMs: number;
}

/** The limit of a command that came as a bare argument array (a fix, an undo, an uninstaller): long enough for a UAC prompt. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** An argument array as a command; the first element is the program. */
export function commandOf(argv: readonly string[], timeoutMs = DEFAULT_TIMEOUT_MS): CommandSpec {
  const [file = '', ...args] = argv;
  return { file, args, timeoutMs };
}

/** The argument array of a command (for journals, plans and display). */
export function argvOf(spec: CommandSpec): string[] {
  return [spec.file, ...spec.args];
}
