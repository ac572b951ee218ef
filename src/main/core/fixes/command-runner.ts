import { execFile } from 'node:child_process';

export interface CommandResult {
  /** Exit code; null when the process could not start or was killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Why it could not start (ENOENT…), when it could not. */
  startError?: string;
}

/** Runs one argument array, never through a shell. */
export type CommandRunner = (argv: readonly string[]) => Promise<CommandResult>;

/** The real runner: `execFile` without a shell; a missing tool is a result, not an exception. */
export const execRunner: CommandRunner = (argv) =>
  new Promise((resolve) => {
    const [file, ...args] = argv;
    if (!file) {
      resolve({ code: null, stdout: '', stderr: '', startError: 'empty command' });
      return;
    }
    execFile(
      file,
      args,
      { shell: false, windowsHide: true, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (!error) return resolve({ code: 0, stdout: String(stdout), stderr: String(stderr) });
        const errno = error as NodeJS.ErrnoException & { code?: string | number };
        if (typeof errno.code === 'string')
          return resolve({
            code: null,
            stdout: String(stdout),
            stderr: String(stderr),
            startError: errno.code,
          });
        resolve({
          code: typeof errno.code === 'number' ? errno.code : null,
          stdout: String(stdout),
          stderr: String(stderr),
        });
      },
    );
  });
