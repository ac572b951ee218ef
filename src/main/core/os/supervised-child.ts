import { spawn } from 'node:child_process';

/** The environment variable that tells the program it runs as the supervised child. */
export const CHILD_MARK = 'SESSION_PREP_SUPERVISED';

/** How long a child that has reported may take to exit by itself before it is killed. */
const EXIT_GRACE_MS = 100;

interface ExitReport {
  type: 'exit';
  code: number;
}

const isExitReport = (m: unknown): m is ExitReport =>
  typeof m === 'object' &&
  m !== null &&
  (m as { type?: unknown }).type === 'exit' &&
  Number.isInteger((m as { code?: unknown }).code);

/** Whether this process is the child a supervisor started (it then reports its exit code). */
export function isSupervisedChild(): boolean {
  return process.env[CHILD_MARK] === '1' && typeof process.send === 'function';
}

/**
 * Runs this program again as a child that shares our stdin, stdout and stderr, and resolves with the
 * exit code it reports once its output is written; then it is killed if it has not exited.
 *
 * Why: a Node process cannot end while a libuv thread is blocked in getaddrinfo (process.exit joins the
 * thread pool first), and getaddrinfo cannot be cancelled: with DNS dropped, a command that printed its
 * answer would wait for the OS resolver's own timeouts. The child does every lookup; we do none, so we
 * end as soon as it has said how it ended. Ctrl-C reaches both of us from the terminal: the child
 * cancels, and a second one ends us both at once.
 */
export function runSupervisedChild(o: {
  execPath: string;
  execArgv: readonly string[];
  script: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(o.execPath, [...o.execArgv, o.script, ...o.args], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...o.env, [CHILD_MARK]: '1' },
      windowsHide: true,
    });
    let reported: number | undefined;
    let interrupts = 0;
    let isDone = false;
    const finish = (code: number) => {
      if (isDone) return;
      isDone = true;
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onTerminate);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve(code);
    };
    // The terminal sends SIGINT to the whole process group: the child handles the first one itself.
    const onInterrupt = () => {
      interrupts += 1;
      if (interrupts >= 2) finish(130);
    };
    const onTerminate = () => void child.kill('SIGTERM');
    process.on('SIGINT', onInterrupt);
    process.on('SIGTERM', onTerminate);
    child.on('message', (m: unknown) => {
      if (!isExitReport(m) || reported !== undefined) return;
      reported = m.code;
      const code = m.code;
      setTimeout(() => finish(code), EXIT_GRACE_MS).unref();
    });
    child.once('error', () => finish(2));
    child.once('exit', (code, signal) => {
      if (reported !== undefined) return finish(reported);
      finish(code ?? (signal === 'SIGINT' ? 130 : 1));
    });
  });
}

let isReporting = false;

/** In the child: ends when the supervisor is gone (killed), so a browser mode never outlives its command. */
export function followSupervisor(): void {
  process.once('disconnect', () => {
    if (!isReporting) process.exit(1);
  });
}

/** In the child: tells the supervisor the exit code (after the output is written), then waits no more for it. */
export function reportExit(code: number): Promise<void> {
  return new Promise((resolve) => {
    const report: ExitReport = { type: 'exit', code };
    if (!process.send || !process.connected) return resolve();
    isReporting = true;
    process.send(report, undefined, {}, () => {
      process.disconnect?.();
      resolve();
    });
  });
}
