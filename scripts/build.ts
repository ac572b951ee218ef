// `npm run build`: the renderer (Vite), the Electron main and preload, and the CLI bundle (esbuild), into dist/;
// each Node bundle gets the worker threads' entries beside it (scripts/worker-entries.ts).
import { build as esbuild, type BuildOptions } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { workerEntryPoints } from './worker-entries';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Dependencies ship in node_modules (and in the app's asar); Vite is only needed where sources are.
  packages: 'external',
  absWorkingDir: root,
};

/** The three targets; each may be built alone (`npm run build -- shell`). */
export const targets = {
  renderer: () =>
    viteBuild({
      configFile: join(root, 'vite.config.ts'),
      root: join(root, 'src', 'renderer'),
      logLevel: 'warn',
    }).then(() => undefined),
  shell: async () => {
    await esbuild({
      ...common,
      entryPoints: { main: 'src/main/shell/main.ts', ...workerEntryPoints },
      outdir: join(dist, 'shell'),
      outExtension: { '.js': '.mjs' },
      format: 'esm',
      external: ['electron'],
    });
    // A sandboxed preload is CommonJS and may require only `electron`: everything else is bundled in.
    await esbuild({
      ...common,
      packages: undefined,
      entryPoints: ['src/preload/preload.ts'],
      minify: true,
      outfile: join(dist, 'preload', 'preload.cjs'),
      format: 'cjs',
      platform: 'node',
      external: ['electron'],
    });
  },
  cli: () =>
    esbuild({
      ...common,
      entryPoints: { 'session-prep': 'src/main/cli/index.ts', ...workerEntryPoints },
      outdir: join(dist, 'cli'),
      format: 'esm',
    }).then(() => undefined),
} as const;

type Target = keyof typeof targets;

function isTarget(name: string): name is Target {
  return Object.hasOwn(targets, name);
}

/** Builds the named targets (all when none are named). */
export async function buildAll(
  names: readonly Target[] = ['renderer', 'shell', 'cli'],
): Promise<void> {
  if (names.includes('shell')) await rm(join(dist, 'shell'), { recursive: true, force: true });
  for (const name of names) await targets[name]();
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !isTarget(n));
  if (unknown.length > 0) {
    console.error(
      `Unknown build target ${unknown.join(', ')}; choose from ${Object.keys(targets).join(', ')}.`,
    );
    process.exit(2);
  }
  const started = Date.now();
  await buildAll(names.length > 0 ? names.filter(isTarget) : undefined);
  console.log(
    `Built ${names.length > 0 ? names.join(', ') : 'renderer, shell, cli'} into dist/ in ${Date.now() - started} ms.`,
  );
}
