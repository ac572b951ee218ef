import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledFromSources } from './pac-worker-from-sources';

/**
 * The PAC worker's file beside the running code, with that code's extension: in a bundle, the entry that
 * scripts/build.ts writes there (dist/cli/pac-worker.js next to session-prep.js, dist/shell/pac-worker.mjs
 * next to main.mjs, inside app.asar in the packaged app); in the sources, pac-worker.ts.
 */
export function pacWorkerBeside(from: string = import.meta.url): URL {
  return new URL(`./pac-worker${extname(fileURLToPath(from))}`, from);
}

let fromSources: Promise<URL> | undefined;

/** The file a PAC thread starts from: beside the bundle, or (running from the sources) bundled once now. */
export function pacWorkerFile(): Promise<URL> {
  const beside = pacWorkerBeside();
  if (!beside.pathname.endsWith('.ts')) return Promise.resolve(beside);
  // A failed build is tried again next time (an edit in progress), not remembered.
  fromSources ??= bundledFromSources(beside).catch((e: unknown) => {
    fromSources = undefined;
    throw e;
  });
  return fromSources;
}
