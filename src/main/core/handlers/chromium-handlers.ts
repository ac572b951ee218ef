import type { CheckRun } from '../../../shared/check-result';
import {
  chromiumChecksOf,
  chromiumTargetsOf,
  unknownTargets,
} from '../../../shared/chromium-checks';
import type { ChromiumProbeResult, ChromiumStack } from '../../../shared/details/chromium-detail';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { ok, refused } from '../../../shared/reply';
import type { CoreOptions } from '../context';
import type { Handlers } from './handler-types';
import type { RunHistory } from './run-history';

/** The catalog's WebSocket path for a host (the first entry that has one, as the endpoint plan takes it). */
function websocketPathOf(options: CoreOptions): (host: string) => string | undefined {
  return (host) =>
    options.catalog.endpoints.find(
      (e) => e.host.toLowerCase() === host.toLowerCase() && e.websocketPath,
    )?.websocketPath;
}

/** The run with Chromium's checks of one stack in place of any it had. */
export function withChromiumChecks(
  run: CheckRun,
  options: CoreOptions,
  stack: ChromiumStack,
  results: readonly ChromiumProbeResult[],
  lang: Lang,
): CheckRun {
  const wordedIn = (l: Lang) =>
    chromiumChecksOf({
      results,
      stack,
      targets: chromiumTargetsOf(run.checks, websocketPathOf(options)),
      lang: l,
    });
  // Worded in both languages like every other check, so a language switch re-words these too.
  const [ja, en] = [wordedIn('ja'), wordedIn('en')];
  const checks = (lang === 'ja' ? ja : en).map((check, i) => ({
    ...check,
    texts: Object.fromEntries(
      (
        [
          ['ja', ja[i]],
          ['en', en[i]],
        ] as const
      ).flatMap(([l, c]) =>
        c ? [[l, { message: c.message, ...(c.fix ? { fix: c.fix } : {}) }]] : [],
      ),
    ),
  }));
  // `ready` stays the app's chain's: a browser check only ever warns.
  return { ...run, checks: [...run.checks.filter((c) => c.kind !== 'chromium'), ...checks] };
}

/**
 * In the Electron app, the shell's Chromium session probes the run's hosts once the Node chain is done;
 * elsewhere (CLI, browser mode, where the page reports) the run is returned as it is.
 */
export async function withSessionProbe(
  run: CheckRun,
  options: CoreOptions,
  lang: Lang,
  signal: AbortSignal,
): Promise<CheckRun> {
  const probe = options.chromiumProbe;
  if (!probe || run.cancelled) return run;
  const targets = chromiumTargetsOf(run.checks, websocketPathOf(options));
  if (targets.length === 0) return run;
  const results = await probe(targets, options.timeoutMs, signal);
  return withChromiumChecks(run, options, 'electron-session', results, lang);
}

/** `chromium.targets` and `chromium.report`: the browser page's half of the `chromium` checks (browser mode). */
export function chromiumHandlers(
  options: CoreOptions,
  history: RunHistory,
): Pick<Handlers, 'chromium.targets' | 'chromium.report'> {
  return {
    'chromium.targets': async ({ runId, lang }) => {
      const run = history.get(runId);
      if (!run) return refused('not_found', translator(lang)('api:chromium.noRun', { runId }));
      return ok({
        targets: chromiumTargetsOf(run.checks, websocketPathOf(options)),
        timeoutMs: options.timeoutMs,
      });
    },
    'chromium.report': async ({ runId, lang, results }) => {
      const t = translator(lang);
      if (options.mode !== 'web') return refused('refused', t('api:chromium.notWeb'));
      const run = history.get(runId);
      if (!run) return refused('not_found', t('api:chromium.noRun', { runId }));
      const foreign = unknownTargets(
        results,
        chromiumTargetsOf(run.checks, websocketPathOf(options)),
      );
      if (foreign.length > 0)
        return refused(
          'bad_params',
          t('api:chromium.unknownTargets', { runId, targets: foreign.slice(0, 5).join(', ') }),
        );
      const updated = withChromiumChecks(run, options, 'browser-page', results, lang);
      history.update(runId, updated);
      return ok(updated);
    },
  };
}
