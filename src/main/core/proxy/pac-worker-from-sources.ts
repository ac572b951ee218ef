import { createHash } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// esbuild is a devDependency: named through a variable, so that no bundle carries an import of it.
const devBundler = 'esbuild';

/**
 * The worker, bundled as scripts/build.ts bundles it, for a run from the sources (tsx, Vitest). Node 20
 * cannot start a .ts worker: no loader hooks reach a worker's entry, not even tsx's from execArgv
 * (https://github.com/nodejs/node/issues/47747), and registering tsx inside each thread triples its start.
 * The bundle goes under node_modules/.cache, so its packages resolve as the real bundles' do; its name is
 * its content's hash, so concurrent runs and edits never see a half-written or stale file.
 */
export async function bundledFromSources(source: URL): Promise<URL> {
  const { build } = (await import(/* @vite-ignore */ devBundler)) as typeof import('esbuild');
  const out = await build({
    entryPoints: [fileURLToPath(source)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const text = out.outputFiles[0]?.text ?? '';
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const file = join(nodeModulesOf(), '.cache', 'session-prep', `pac-worker-${hash}.mjs`);
  if (!(await stat(file).catch(() => undefined))) {
    await mkdir(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(partial, text);
    // Another run may have put the same file there first (Windows refuses to rename over it): that one serves.
    await rename(partial, file).catch(async (e: unknown) => {
      await rm(partial, { force: true });
      if (!(await stat(file).catch(() => undefined))) throw e;
    });
  }
  return pathToFileURL(file);
}

// The node_modules folder the worker's own packages (pac-resolver) are installed in.
function nodeModulesOf(): string {
  let dir = dirname(fileURLToPath(import.meta.resolve('pac-resolver')));
  while (basename(dir) !== 'node_modules') {
    const up = dirname(dir);
    if (up === dir) throw new Error('pac-resolver is not installed in a node_modules folder');
    dir = up;
  }
  return dir;
}
