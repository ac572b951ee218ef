import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

/** Runs a command (argument array, no shell) and returns its stdout; a non-zero exit throws with stderr. */
export async function sh(file: string, args: readonly string[], input?: string): Promise<string> {
  if (input === undefined) {
    const { stdout } = await execFileP(file, [...args], { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${file} ${args.join(' ')} exited ${code}: ${err}`)),
    );
    child.stdin.end(input);
  });
}

/** Runs a command inside a network namespace. */
export function inNs(
  ns: string,
  file: string,
  args: readonly string[],
  input?: string,
): Promise<string> {
  return sh('ip', ['netns', 'exec', ns, file, ...args], input);
}

/** Starts a long-running process inside a namespace; `ip netns exec` execs, so the pid is the process's own. */
export function spawnInNs(
  ns: string,
  file: string,
  args: readonly string[],
  env?: NodeJS.ProcessEnv,
): ChildProcess {
  return spawn('ip', ['netns', 'exec', ns, file, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: env ?? process.env,
  });
}

/** Waits until a line on the child's stdout matches, or fails with what it printed on stderr. */
export function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs: number,
  what: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => done(new Error(`${what} did not start within ${timeoutMs} ms: ${err}${out}`)),
      timeoutMs,
    );
    const onOut = (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m) done(undefined, m[0]);
    };
    const onErr = (d: Buffer) => (err += d.toString());
    const onExit = (code: number | null) =>
      done(new Error(`${what} exited (${code}) before it was ready: ${err}${out}`));
    function done(e?: Error, line?: string) {
      clearTimeout(timer);
      child.stdout?.off('data', onOut);
      child.stderr?.off('data', onErr);
      child.off('exit', onExit);
      if (e) reject(e);
      else resolve(line ?? '');
    }
    child.stdout?.on('data', onOut);
    child.stderr?.on('data', onErr);
    child.on('exit', onExit);
  });
}

/** Stops a child we started (by its own pid) and waits for it to go. */
export async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
  await gone;
  clearTimeout(timer);
}
