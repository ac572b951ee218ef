import { refused } from '../../../shared/reply';
import type { CoreOptions } from '../context';
import type { Handlers } from '../dispatch';
import type { SharedState } from './index';

// Placeholder until the checks area lands: it answers with a refusal, never with a made-up result.
const notYet = (method: string) => refused('unsupported', `${method} is not built yet.`);

export function checksHandlers(_options: CoreOptions, _shared: SharedState): Pick<Handlers, 'checks.run' | 'checks.cancel'> {
  return {
    'checks.run': async () => notYet('checks.run'),
    'checks.cancel': async () => notYet('checks.cancel'),
  };
}
