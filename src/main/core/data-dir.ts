import { homedir } from 'node:os';
import { join } from 'node:path';

/** The one data folder the app, browser mode and the commands share (ARCHITECTURE.md, "Where state lives"). */
export function dataDirFor(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  home = homedir(),
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Session Prep');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Session Prep');
  const state =
    env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith('/')
      ? env.XDG_STATE_HOME
      : join(home, '.local', 'state');
  return join(state, 'session-prep');
}
