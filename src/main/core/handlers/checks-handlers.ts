import { translator } from '../../../shared/i18n';
import { ok, refused } from '../../../shared/reply';
import { runChecks } from '../checks/run-checks';
import type { CoreOptions } from '../context';
import type { Handlers } from './handler-types';
import { proxyResolverForRun } from '../proxy/proxy-for-run';
import type { RunHistory } from './run-history';
import { scopeOf } from '../history/kept-runs';
import { withSessionProbe } from './chromium-handlers';
import type { WizardMemory } from './wizard-memory';
import type { CheckRun } from '../../../shared/check-result';

/**
 * `checks.run`, `checks.cancel` and `checks.keep`: one AbortController per run id, so a cancel stops
 * everything of that run; each finished run goes into the history.
 */
export function checksHandlers(
  options: CoreOptions,
  history: RunHistory,
  memory?: WizardMemory,
): Pick<Handlers, 'checks.run' | 'checks.cancel' | 'checks.keep'> {
  const active = new Map<string, AbortController>();
  return {
    'checks.run': async (p, call) => {
      if (active.has(p.runId))
        return refused('refused', translator(p.lang)('api:dispatch.runBusy', { runId: p.runId }));
      const controller = new AbortController();
      active.set(p.runId, controller);
      memory?.started(p.runId, p.groups);
      let finished: CheckRun | undefined;
      try {
        const proxy = await proxyResolverForRun({
          env: options.env,
          platform: process.platform,
          ...(options.proxyUrl ? { flagUrl: options.proxyUrl } : {}),
          ...(options.resolveProxy ? { chromium: options.resolveProxy } : {}),
          lang: p.lang,
          timeoutMs: options.timeoutMs,
        });
        const run = await runChecks({
          catalog: options.catalog,
          lang: p.lang,
          runId: p.runId,
          ...(p.groups ? { groups: p.groups } : {}),
          ...(p.hosts ? { hosts: p.hosts } : {}),
          timeoutMs: options.timeoutMs,
          ...(p.idleSeconds !== undefined ? { idleSeconds: p.idleSeconds } : {}),
          proxy,
          ...(options.extraCaPem ? { extraCaPem: options.extraCaPem } : {}),
          env: options.env,
          region: {
            ...(p.dataCentre !== undefined ? { dataCentre: p.dataCentre } : {}),
            ...(p.allRegions ? { allRegions: true } : {}),
          },
          signal: controller.signal,
          onEvent: (e) => {
            call.emit('checks.progressed', e);
            memory?.event(p.runId, e);
          },
        });
        // Added (issue 17): in the app, the shell's Chromium session probes the same hosts afterwards.
        const probed = await withSessionProbe(run, options, p.lang, controller.signal);
        const compared = await history.compareAndKeep(p.runId, scopeOf(p), probed, options.dataDir);
        history.record(p.runId, compared);
        finished = compared;
        return ok(compared);
      } finally {
        active.delete(p.runId);
        memory?.ended(p.runId, finished);
      }
    },
    'checks.cancel': async (p) => {
      const controller = active.get(p.runId);
      controller?.abort();
      return ok({ cancelled: controller !== undefined });
    },
    'checks.keep': async ({ runId }) => ok({ kept: await history.keep(runId, options.dataDir) }),
  };
}
