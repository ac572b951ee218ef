import { translator } from '../../../shared/i18n';
import { ok, refused } from '../../../shared/reply';
import type { CoreOptions } from '../context';
import type { Handlers } from './handler-types';
import type { RunHistory } from './run-history';
import type { WizardMemory } from './wizard-memory';

/** `wizard.state`, `wizard.remember` and `checks.follow`: a reloaded page starts where it was (issue 15). */
export function wizardHandlers(
  options: CoreOptions,
  history: RunHistory,
  memory: WizardMemory,
): Pick<Handlers, 'wizard.state' | 'wizard.remember' | 'checks.follow'> {
  return {
    'wizard.state': async () => ok(memory.state((runId) => history.get(runId))),
    'wizard.remember': async (p) => {
      memory.remember(p);
      return ok({ remembered: true });
    },
    'checks.follow': async ({ runId }, call) => {
      const following = memory.follow(runId, call);
      const run = following ? await following : history.get(runId);
      if (run) return ok(run);
      return refused(
        'not_found',
        translator(memory.state(() => undefined).lang ?? options.lang)(
          'report:errors.runNotFound',
          {
            runId: runId.slice(0, 100),
          },
        ),
      );
    },
  };
}
