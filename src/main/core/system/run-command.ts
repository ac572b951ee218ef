import { execFile } from 'node:child_process';
import { decodeConsoleOutput } from './text-lines';

/** One OS command: a program and its arguments, never a shell string. */
export interface CommandSpec {
  file: string;
  args: readonly string[];
  timeoutMs: number;
}

export type CommandOutcome =
  | { ok: true; stdout: string; stderr: string }
  | {
      ok: false;
      reason: 'not_found' | 'timeout' | 'failed' | 'aborted';
      code: string | number | null;
      stdout: string;
      stderr: string;
    };

export interface RunOptions {
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

// Starting a process forks this (large) process synchronously: several milliseconds each, more under
// load. Probes start their commands at the same moment, so each start gets its own turn of the event
// loop instead of stacking into one long block; the processes themselves still run side by side.
let spawnTurn: Promise<void> = Promise.resolve();
function nextSpawnTurn(): Promise<void> {
  const turn = spawnTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  spawnTurn = turn;
  return turn;
}

/** Runs a command without a shell and returns its decoded output, or why it did not run, as a value. */
export async function runCommand(
  spec: CommandSpec,
  options: RunOptions = {},
): Promise<CommandOutcome> {
  await nextSpawnTurn();
  if (options.signal?.aborted)
    return { ok: false, reason: 'aborted', code: null, stdout: '', stderr: '' };
  return new Promise((resolve) => {
    execFile(
      spec.file,
      [...spec.args],
      {
        encoding: 'buffer',
        timeout: spec.timeoutMs,
        windowsHide: true,
        maxBuffer: 8 * 1024 * 1024,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.env ? { env: options.env } : {}),
      },
      (error, stdoutBytes, stderrBytes) => {
        const stdout = decodeConsoleOutput(stdoutBytes);
        const stderr = decodeConsoleOutput(stderrBytes);
        if (!error) return resolve({ ok: true, stdout, stderr });
        const code = (error as NodeJS.ErrnoException & { code?: string | number }).code ?? null;
        const reason =
          error.name === 'AbortError' || options.signal?.aborted
            ? 'aborted'
            : code === 'ENOENT'
              ? 'not_found'
              : error.killed || (error as { signal?: string }).signal === 'SIGTERM'
                ? 'timeout'
                : 'failed';
        resolve({ ok: false, reason, code, stdout, stderr });
      },
    );
  });
}
