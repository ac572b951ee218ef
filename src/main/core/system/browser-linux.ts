import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import type { BrowserId } from '../../../shared/catalog';
import type { InstalledBrowser } from './browser-facts';
import { runCommand, type CommandSpec, type RunOptions } from '../os/run-command';
import { firstVersionIn } from './version-compare';

/** Executable names each browser installs on Linux (Debian/Ubuntu/RHEL packages and the vendors' own). */
export const linuxBrowserBinaries: readonly { id: BrowserId; name: string; binary: string }[] = [
  { id: 'chrome', name: 'Google Chrome', binary: 'google-chrome-stable' },
  { id: 'chrome', name: 'Google Chrome', binary: 'google-chrome' },
  // Chromium is Chrome's open-source build: the same engine, so it counts as Chrome for the requirement.
  { id: 'chrome', name: 'Chromium', binary: 'chromium' },
  { id: 'chrome', name: 'Chromium', binary: 'chromium-browser' },
  { id: 'edge', name: 'Microsoft Edge', binary: 'microsoft-edge-stable' },
  { id: 'edge', name: 'Microsoft Edge', binary: 'microsoft-edge' },
  { id: 'firefox', name: 'Firefox', binary: 'firefox' },
  { id: 'firefox', name: 'Firefox ESR', binary: 'firefox-esr' },
  { id: 'opera', name: 'Opera', binary: 'opera' },
];

/** `BINARY --version`: every one of these browsers prints its version and exits without a window. */
export function browserVersionCommand(path: string): CommandSpec {
  return { file: path, args: ['--version'], timeoutMs: 4000 };
}

/** Where a command name resolves on PATH, like `command -v`, without a shell. */
export async function findOnPath(binary: string, pathVar: string): Promise<string | undefined> {
  for (const dir of pathVar.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, binary);
    const ok = await access(candidate, constants.X_OK).then(
      () => true,
      () => false,
    );
    if (ok) return candidate;
  }
  return undefined;
}

/** Installed browsers on Linux: binaries on PATH, each asked for its version. */
export async function probeLinuxBrowsers(
  env: NodeJS.ProcessEnv,
  options: RunOptions = {},
): Promise<InstalledBrowser[]> {
  const pathVar = env.PATH ?? '/usr/local/bin:/usr/bin:/bin:/snap/bin';
  const found = await Promise.all(
    linuxBrowserBinaries.map(async (b) => {
      const path = await findOnPath(b.binary, pathVar);
      if (!path) return undefined;
      const out = await runCommand(browserVersionCommand(path), options);
      // Chromium's wrapper script may print shell noise on stderr; the version is on stdout.
      const version = out.ok || out.stdout ? firstVersionIn(out.stdout) : undefined;
      return { id: b.id, name: b.name, version, path } satisfies InstalledBrowser;
    }),
  );
  return dedupeByPath(found.filter((b) => b !== undefined));
}

// google-chrome is often a symlink to google-chrome-stable: one install, listed once.
function dedupeByPath(list: InstalledBrowser[]): InstalledBrowser[] {
  const seen = new Set<string>();
  return list.filter((b) => {
    const key = `${b.id}:${b.version ?? ''}:${b.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
