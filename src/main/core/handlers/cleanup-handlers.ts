import { ok } from '../../../shared/reply';
import { cleanupContextFor, type CleanupContext } from '../cleanup/cleanup-context';
import { runCleanup } from '../cleanup/run-cleanup';
import { scanLeftovers, toCleanupScan } from '../cleanup/scan-leftovers';
import type { CoreOptions } from '../context';
import type { Handlers } from './handler-types';

export function cleanupHandlers(
  options: CoreOptions,
  overrides: Partial<CleanupContext> = {},
): Pick<Handlers, 'cleanup.scan' | 'cleanup.run'> {
  return {
    'cleanup.scan': async ({ lang }) => {
      const ctx = cleanupContextFor(options, lang, overrides);
      return ok(toCleanupScan(await scanLeftovers(ctx), ctx.platform));
    },
    'cleanup.run': async ({ ids, lang }) =>
      ok(await runCleanup(ids, cleanupContextFor(options, lang, overrides))),
  };
}
