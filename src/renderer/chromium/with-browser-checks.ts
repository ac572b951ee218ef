import type { CheckRun } from '../../shared/check-result';
import type { Lang } from '../../shared/lang';
import type { PageClient } from '../api/api-client';
import { probeInPage } from './probe-in-page';

/**
 * Browser mode (issue 17): once the app's own chain has run, this browser probes the same required hosts
 * and core adds its outcomes to the run as `chromium` checks. When anything of that fails, the run stays
 * as the app's chain left it: the browser's view is extra evidence, never a reason to lose a run.
 */
export async function withBrowserChecks(
  client: PageClient,
  runId: string,
  run: CheckRun,
  lang: Lang,
): Promise<CheckRun> {
  if (run.cancelled) return run;
  const plan = await client.call('chromium.targets', { runId, lang });
  if (!plan.ok || plan.value.targets.length === 0) return run;
  const results = await probeInPage(plan.value.targets, plan.value.timeoutMs);
  const reported = await client.call('chromium.report', { runId, lang, results });
  return reported.ok ? reported.value : run;
}
