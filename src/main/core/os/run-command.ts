import { execFile } from 'node:child_process';
import { oemCodePageCommand, oemCodePageForLocale, parseOemCodePage } from './code-page';
import type { CommandSpec } from './command';
import { decodeOutput, isUtf8 } from './decode-output';

export { argvOf, commandOf, DEFAULT_TIMEOUT_MS, type CommandSpec } from './command';

/** Why a command did not succeed: missing, not startable (EACCES…), killed at its limit, aborted, or a non-zero exit. */
export type FailureReason = 'not_found' | 'not_started' | 'timeout' | 'aborted' | 'failed';

export type CommandOutcome =
  | {
      ok: true;
      code: 0;
      stdout: string;
      stderr: string;
      reason?: undefined;
      startError?: undefined;
    }
  | {
      ok: false;
      reason: FailureReason;
      /** The exit code; null when the program did not start, or was killed. */
      code: number | null;
      /** The errno code (ENOENT, EACCES…) when the program could not start. */
      startError?: string;
      stdout: string;
      stderr: string;
    };

export interface RunOptions {
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** The code page of output that is neither UTF-16 nor UTF-8; default: what the OS says (code-page.ts). */
  legacyCodePage?: number;
}

/** What runs a command: `runCommand`, or a stand-in in tests where the program cannot exist (PowerShell on Linux). */
export type CommandRunner = (spec: CommandSpec, options?: RunOptions) => Promise<CommandOutcome>;

/** A failed command in one line: why it did not start, else what it said on stderr, else its exit. */
export function failureText(outcome: CommandOutcome): string {
  if (outcome.startError) return outcome.startError;
  const said = outcome.stderr.trim();
  if (said) return said;
  if (outcome.reason === 'timeout') return 'timed out';
  if (outcome.reason === 'aborted') return 'stopped';
  return `exit ${String(outcome.code)}`;
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

interface RawOutcome {
  error:
    | (Error & {
        code?: string | number | null;
        killed?: boolean;
        signal?: string;
        syscall?: string;
      })
    | null;
  stdout: Uint8Array;
  stderr: Uint8Array;
}

function execRaw(spec: CommandSpec, options: RunOptions): Promise<RawOutcome> {
  return new Promise((resolve) => {
    execFile(
      spec.file,
      [...spec.args],
      {
        encoding: 'buffer',
        shell: false,
        timeout: spec.timeoutMs,
        windowsHide: true,
        maxBuffer: 16 * 1024 * 1024,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.env ? { env: options.env } : {}),
      },
      (error, stdout, stderr) => resolve({ error, stdout, stderr }),
    );
  });
}

/**
 * Runs a command without a shell, within its time limit, and returns its decoded output, or why it did
 * not run or failed, as a value. This is the one place in Session Prep that starts a program and waits for it.
 */
export async function runCommand(
  spec: CommandSpec,
  options: RunOptions = {},
): Promise<CommandOutcome> {
  if (!spec.file)
    return {
      ok: false,
      reason: 'not_started',
      code: null,
      startError: 'empty command',
      stdout: '',
      stderr: '',
    };
  await nextSpawnTurn();
  if (options.signal?.aborted)
    return { ok: false, reason: 'aborted', code: null, stdout: '', stderr: '' };
  const raw = await execRaw(spec, options);
  const codePage =
    options.legacyCodePage ??
    (isUtf8(raw.stdout) && isUtf8(raw.stderr) ? undefined : await systemLegacyCodePage());
  const stdout = decodeOutput(raw.stdout, codePage);
  const stderr = decodeOutput(raw.stderr, codePage);
  const error = raw.error;
  if (!error) return { ok: true, code: 0, stdout, stderr };
  if (error.name === 'AbortError' || options.signal?.aborted)
    return { ok: false, reason: 'aborted', code: null, stdout, stderr };
  // A spawn error (ENOENT, EACCES…) names its syscall; ERR_CHILD_PROCESS_STDIO_MAXBUFFER does not.
  if (typeof error.code === 'string' && error.syscall !== undefined)
    return {
      ok: false,
      reason: error.code === 'ENOENT' ? 'not_found' : 'not_started',
      code: null,
      startError: error.code,
      stdout,
      stderr,
    };
  if (error.killed || error.signal === 'SIGTERM')
    return { ok: false, reason: 'timeout', code: null, stdout, stderr };
  return {
    ok: false,
    reason: 'failed',
    code: typeof error.code === 'number' ? error.code : null,
    stdout,
    stderr,
  };
}

let legacyCodePage: Promise<number | undefined> | undefined;

/**
 * The code page Windows gives a console (OEMCP), which reg, netsh and the other console tools write in
 * when their output is a pipe. Asked once, only when some output is not UTF-8; undefined off Windows,
 * where tools write UTF-8.
 */
export function systemLegacyCodePage(
  platform: NodeJS.Platform = process.platform,
): Promise<number | undefined> {
  if (platform !== 'win32') return Promise.resolve(undefined);
  legacyCodePage ??= execRaw(oemCodePageCommand(), {}).then(
    (raw) =>
      parseOemCodePage(Buffer.from(raw.stdout).toString('latin1')) ??
      oemCodePageForLocale(Intl.DateTimeFormat().resolvedOptions().locale),
  );
  return legacyCodePage;
}
