// `npm run build`: the renderer (Vite), the Electron main and preload, the CLI bundle (esbuild), and the
// command line the installed app carries, into dist/; each Node bundle gets the worker threads' entries beside
// it (scripts/worker-entries.ts).
import { build as esbuild, type BuildOptions } from 'esbuild';
import { existsSync } from 'node:fs';
import { cp, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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

function buildRenderer(): Promise<void> {
  return viteBuild({
    configFile: join(root, 'vite.config.ts'),
    root: join(root, 'src', 'renderer'),
    logLevel: 'warn',
  }).then(() => undefined);
}

/**
 * The installed app's command line (electron-builder copies it to resources/cli): run by the app's own
 * Electron as Node (ELECTRON_RUN_AS_NODE), which reads no app.asar there, so it is self-contained. Its layout
 * is a small package: dist/session-prep.mjs and dist/pac-worker.mjs, quickjs.wasm where quickjs-wasi looks
 * for it (`../quickjs.wasm` from its code), dist/renderer for `session-prep web`, and a package.json that
 * names it (browser mode finds its files from there).
 */
export const appCliDir = join(dist, 'app-cli');

/** Writes the installed app's command line into out (dist/app-cli, which electron-builder packs, by default). */
export async function buildAppCli(out: string = appCliDir): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await esbuild({
    ...common,
    packages: undefined,
    sourcemap: false,
    entryPoints: { 'session-prep': 'src/main/cli/index.ts', ...workerEntryPoints },
    outdir: join(out, 'dist'),
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    // Only reached from the sources (a checkout rebuilding its renderer), never from this bundle.
    external: ['vite'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // The CommonJS packages inside call require() for Node's own modules; an ES module has none of its own.
    banner: {
      js: "import { createRequire as __spCreateRequire } from 'node:module'; const require = __spCreateRequire(import.meta.url);",
    },
  });
  await copyFile(
    join(root, 'node_modules', 'quickjs-wasi', 'quickjs.wasm'),
    join(out, 'quickjs.wasm'),
  );
  const renderer = join(dist, 'renderer');
  if (!existsSync(join(renderer, 'index.html'))) await buildRenderer();
  await mkdir(join(out, 'dist'), { recursive: true });
  await cp(renderer, join(out, 'dist', 'renderer'), { recursive: true });
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  await writeFile(
    join(out, 'package.json'),
    `${JSON.stringify({ name: 'session-prep', version: pkg.version, private: true, type: 'module' }, null, 2)}\n`,
  );
}

/** The targets; each may be built alone (`npm run build -- shell`); app-cli copies the renderer, so it comes after it. */
export const targets = {
  renderer: buildRenderer,
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
  'app-cli': () => buildAppCli(),
} as const;

type Target = keyof typeof targets;

function isTarget(name: string): name is Target {
  return Object.hasOwn(targets, name);
}

/** Builds the named targets (all when none are named). */
export async function buildAll(
  names: readonly Target[] = ['renderer', 'shell', 'cli', 'app-cli'],
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
    `Built ${names.length > 0 ? names.join(', ') : 'renderer, shell, cli, app-cli'} into dist/ in ${Date.now() - started} ms.`,
  );
}
