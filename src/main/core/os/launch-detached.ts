import { spawn } from 'node:child_process';
import type { CommandSpec } from './command';

/** How a detached launch ended: the launcher's exit code, a start failure, or still running at the limit. */
export type LaunchOutcome =
  | { state: 'exited'; code: number | null }
  | { state: 'not_started'; error: string }
  | { state: 'running' };

/**
 * Starts a program that may outlive us (a browser opener: xdg-open, open, rundll32), without a shell and
 * without our stdio, and waits for it to exit, up to `timeoutMs`. At the limit it is left running, not
 * killed: an opener that stays (some xdg-open fallbacks run the browser in the foreground) has opened it.
 */
export function launchDetached(spec: CommandSpec): Promise<LaunchOutcome> {
  return new Promise((resolve) => {
    const child = spawn(spec.file, [...spec.args], {
      stdio: 'ignore',
      detached: true,
      windowsHide: false,
      shell: false,
    });
    const timer = setTimeout(() => resolve({ state: 'running' }), spec.timeoutMs);
    timer.unref();
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ state: 'not_started', error: error.code ?? error.message });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ state: 'exited', code });
    });
    child.unref();
  });
}
