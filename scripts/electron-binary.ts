import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; why: string };

/**
 * Where the electron package's binary is, without `require('electron')`: that call tries to download the
 * binary, which cannot work offline. electron 45 installs no binary by itself (stack-notes.md).
 */
export function findElectronBinary(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): ElectronBinary {
  const pkg = join(root, 'node_modules', 'electron');
  if (!existsSync(join(pkg, 'package.json')))
    return { found: false, why: 'the electron package is not installed' };
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(path)
      ? { found: true, path }
      : { found: false, why: `no Electron binary at ${path}` };
  }
  if (!relative)
    return {
      found: false,
      why: 'no Electron binary is installed (node_modules/electron has no path.txt)',
    };
  const path = join(pkg, 'dist', relative);
  return existsSync(path)
    ? { found: true, path }
    : { found: false, why: `no Electron binary at ${path}` };
}
