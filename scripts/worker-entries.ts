/**
 * Modules that run as worker threads, bundled as entries of their own beside every Node bundle (the CLI,
 * the Electron main, the lab's CLI), each under this name with that bundle's extension: the code that
 * starts one looks for it there (src/main/core/proxy/pac-worker-start.ts).
 */
export const workerEntryPoints = {
  'pac-worker': 'src/main/core/proxy/pac-worker.ts',
} as const;
