import { translator } from '../../../shared/i18n';
import { localizeRun } from '../../../shared/localize-run';
import { ok, refused } from '../../../shared/reply';
import { exportAllowlist } from '../allowlist/allowlist-export';
import { buildAllowlist } from '../allowlist/allowlist-model';
import { pacFallbackFromRun } from '../allowlist/pac-file';
import type { CoreOptions } from '../context';
import type { Handlers } from './handler-types';
import { changesForIt } from '../fixes/fixes-service';
import type { RunHistory } from './run-history';
import { namesOfThisRun } from './report-handlers';

/** `allowlist.get`: what IT must allow, with the last run's verdicts and what only IT can change. */
export function allowlistHandlers(
  options: CoreOptions,
  history: RunHistory,
): Pick<Handlers, 'allowlist.get' | 'allowlist.pacDefault'> {
  return {
    'allowlist.get': async ({ format, lang, pacFallback, redact }) => {
      const kept = await history.lastOrKept(options.dataDir);
      // The request for IT in the language asked for, after a switch too (issue 15).
      const run = kept && localizeRun(kept, lang);
      // Everything else keeps going where it goes today; with nothing to go by, IT must say where.
      const fallback = pacFallback ?? pacFallbackFromRun(run?.proxy);
      if (format === 'pac' && fallback === undefined)
        return refused('bad_params', translator(lang)('fixes:allowlist.pacFallbackUnknown'));
      const forIt = await changesForIt({ ...options, lang });
      const request = {
        ...(run ? { run } : {}),
        redact: redact === true,
        ...(redact === true ? { names: await namesOfThisRun(options) } : {}),
      };
      return ok(
        exportAllowlist(
          buildAllowlist(options.catalog, run, forIt),
          format,
          lang,
          fallback,
          request,
        ),
      );
    },
    'allowlist.pacDefault': async () => {
      const run = await history.lastOrKept(options.dataDir);
      return ok({ today: pacFallbackFromRun(run?.proxy) ?? null });
    },
  };
}
