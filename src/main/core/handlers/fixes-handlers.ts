import { refused } from '../../../shared/reply';
import type { CoreOptions } from '../context';
import type { Handlers } from '../dispatch';
import type { SharedState } from './index';

// Placeholder until the fixes area lands: it answers with a refusal, never with a made-up result.
const notYet = (method: string) => refused('unsupported', `${method} is not built yet.`);

export function fixesHandlers(_options: CoreOptions, _shared: SharedState): Pick<Handlers, 'fixes.plan' | 'fixes.apply' | 'fixes.undo' | 'allowlist.get'> {
  return {
    'fixes.plan': async () => notYet('fixes.plan'),
    'fixes.apply': async () => notYet('fixes.apply'),
    'fixes.undo': async () => notYet('fixes.undo'),
    'allowlist.get': async () => notYet('allowlist.get'),
  };
}
