import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The fuse wire's sentinel, as Electron's binary and @electron/fuses spell it (FuseV1, @electron/fuses/dist/constants). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's fuses in wire order, each as Electron ships it (https://www.electronjs.org/docs/latest/tutorial/fuses):
 * runAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, only-from-asar off,
 * the browser-specific V8 snapshot off, the file protocol's extra privileges on.
 */
export const shippedFuseWire = '10110001';

/**
 * A stand-in for Electron's binary, for packaging offline: a shell script that carries a real V1 fuse wire
 * (sentinel, version 1, length, one byte per fuse), so electron-builder flips its fuses with @electron/fuses
 * exactly as it flips Electron's, and that behaves as Electron does in the one way the command line needs: with
 * ELECTRON_RUN_AS_NODE set and the runAsNode fuse on, it is Node (this machine's), running the script it is
 * given; with the fuse off it ignores the variable and "starts the app" (exit 86, nothing run). Like Electron
 * with the NODE_OPTIONS fuse off, it drops NODE_OPTIONS. The wire is read from its own bytes at every start,
 * so what electron-builder wrote is what decides.
 */
export function electronStandIn(nodePath: string = process.execPath): string {
  // The sentinel appears once in the file: @electron/fuses flips the bytes after every occurrence.
  const wire = `${SENTINEL}\u0001${String.fromCharCode(shippedFuseWire.length)}${shippedFuseWire}`;
  const half = SENTINEL.length / 2;
  return [
    '#!/bin/sh',
    '# Stand-in Electron for offline packaging tests (test/packaging/electron-stand-in.ts).',
    `# fuse wire: ${wire}`,
    `s1=${SENTINEL.slice(0, half)}; s2=${SENTINEL.slice(half)}`,
    'fuses=$(LC_ALL=C grep -a -o "$s1$s2..[01r]*" "$0" | head -n 1)',
    'fuses=${fuses#"$s1$s2"??}',
    'run_as_node=$(printf %s "$fuses" | cut -c1)',
    'node_options=$(printf %s "$fuses" | cut -c3)',
    '[ "$node_options" = 1 ] || unset NODE_OPTIONS',
    'if [ -n "${ELECTRON_RUN_AS_NODE:-}" ] && [ "$run_as_node" = 1 ]; then',
    `  exec '${nodePath.replaceAll("'", "'\\''")}' "$@"`,
    'fi',
    'echo "stand-in Electron: the app would start here (runAsNode fuse: $run_as_node)" >&2',
    'exit 86',
    '',
  ].join('\n');
}

/**
 * An electronDist folder electron-builder packs from (`-c.electronDist=DIR`): the stand-in as `electron`
 * (Linux) and `electron.exe` (Windows), and the `version` file that names the Electron it stands for.
 */
export async function writeElectronDist(dir: string, version: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of ['electron', 'electron.exe']) {
    await writeFile(join(dir, name), electronStandIn(), 'latin1');
    await chmod(join(dir, name), 0o755);
  }
  await writeFile(join(dir, 'version'), version);
}
