import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A page only this user can read, which sends the browser on to the launch address (with its secret). */
export interface LaunchFile {
  path: string;
  remove(): Promise<void>;
}

/**
 * Windows and macOS: the one-time launch address goes to the browser inside a file, not as an argument
 * of rundll32 or open, where other users could read it in the process list. The folder is made by
 * mkdtemp with mode 0700 in this user's temporary folder (per-user on both: %LOCALAPPDATA%\Temp, and
 * macOS's $TMPDIR under /var/folders), the file 0600; it is removed once the address is used.
 */
export async function writeLaunchFile(url: string, dir = tmpdir()): Promise<LaunchFile> {
  const folder = await mkdtemp(join(dir, 'session-prep-'));
  await chmod(folder, 0o700);
  const path = join(folder, 'open-session-prep.html');
  // JSON, then HTML-escaped, so the address is data in the attribute whatever it holds.
  const target = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  await writeFile(
    path,
    `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${target}"><title>Session Prep</title>\n`,
    { mode: 0o600 },
  );
  return { path, remove: () => rm(folder, { recursive: true, force: true }) };
}
