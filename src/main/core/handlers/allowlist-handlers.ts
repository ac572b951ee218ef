import { ok } from '../../../shared/reply';
import { exportAllowlist } from '../allowlist/allowlist-export';
import { buildAllowlist } from '../allowlist/allowlist-model';
import { pacFallbackFromRun } from '../allowlist/pac-file';
import type { CoreOptions } from '../context';
import type { Handlers } from './handler-types';
import { changesForIt } from '../fixes/fixes-service';
import type { RunHistory } from './run-history';

/** `allowlist.get`: what IT must allow, with the last run's verdicts and what only IT can change. */
export function allowlistHandlers(
  options: CoreOptions,
  history: RunHistory,
): Pick<Handlers, 'allowlist.get'> {
  return {
    'allowlist.get': async ({ format, lang, pacFallback }) => {
      const forIt = await changesForIt({ ...options, lang });
      const run = await history.lastOrKept(options.dataDir);
      return ok(
        exportAllowlist(
          buildAllowlist(options.catalog, run, forIt),
          format,
          lang,
          pacFallback ?? pacFallbackFromRun(run?.proxy),
        ),
      );
    },
  };
}
