import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of Session Prep's package.json, from wherever this code runs (sources via tsx, or dist/ bundles). */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isOurManifest(manifest)) return dir;
    const parent = dirname(dir);
    // Reaching the file system's root means the code was copied without its package: a bug in packaging.
    if (parent === dir) throw new Error(`no session-prep package.json above ${from}`);
    dir = parent;
  }
}

function isOurManifest(path: string): boolean {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown }).name === 'session-prep';
  } catch {
    return false;
  }
}
