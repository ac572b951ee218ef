import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PacWorkerData } from './pac-worker-messages';

/**
 * The PAC worker's file: pac-worker.ts beside this module in the sources; in a bundle, the entry that
 * scripts/build.ts writes beside it with the bundle's own extension (dist/cli/pac-worker.js next to
 * session-prep.js, dist/shell/pac-worker.mjs next to main.mjs, inside app.asar in the packaged app).
 */
export function pacWorkerUrl(from: string = import.meta.url): URL {
  return new URL(`./pac-worker${extname(fileURLToPath(from))}`, from);
}

/** Starts a PAC thread from the worker's file; from the sources (tsx, Vitest) through tsx. */
export function startPacWorker(workerData: PacWorkerData, url: URL = pacWorkerUrl()): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  // Node 20 gives a worker's entry no loader hooks, not even tsx's from execArgv
  // (https://github.com/nodejs/node/issues/47747): the thread registers tsx, then imports the module.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
