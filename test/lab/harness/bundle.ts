import { build } from 'esbuild';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { workerEntryPoints } from '../../../scripts/worker-entries';
import { repoRoot } from './paths';

const bundles = new Map<string, Promise<string>>();

/**
 * Bundles an entry point (the CLI, as `npm run build` does: with the worker threads' entries beside it)
 * once per worker, so each run on the lab's PC starts in a fraction of a second instead of compiling the
 * sources through tsx every time. The bundles sit under node_modules/.cache, in a folder per process, so
 * their external packages resolve from the repository's node_modules.
 */
export function bundled(entry: string): Promise<string> {
  let p = bundles.get(entry);
  if (!p) {
    p = (async () => {
      const root = join(repoRoot, 'node_modules', '.cache', 'session-prep-lab');
      await mkdir(root, { recursive: true });
      await removeStaleBundles(root);
      const name = entry.replace(/[^a-z0-9]+/gi, '-');
      const outdir = join(root, String(process.pid));
      await build({
        entryPoints: { [name]: join(repoRoot, entry), ...workerEntryPoints },
        outdir,
        outExtension: { '.js': '.mjs' },
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'esm',
        packages: 'external',
        logLevel: 'warning',
        absWorkingDir: repoRoot,
      });
      return join(outdir, `${name}.mjs`);
    })();
    bundles.set(entry, p);
  }
  return p;
}

// Folders of workers that are gone (named by their pid), and files of the former one-file layout.
async function removeStaleBundles(root: string): Promise<void> {
  for (const name of await readdir(root)) {
    const pid = Number(/^(\d+)$/.exec(name)?.[1] ?? /-(\d+)\.mjs$/.exec(name)?.[1]);
    if (!pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      await rm(join(root, name), { recursive: true, force: true });
    }
  }
}
