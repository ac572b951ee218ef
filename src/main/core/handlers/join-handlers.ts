import { refused } from '../../../shared/reply';
import type { CoreOptions } from '../context';
import type { Handlers } from '../dispatch';
import type { SharedState } from './index';

// Placeholder until the join area lands: it answers with a refusal, never with a made-up result.
const notYet = (method: string) => refused('unsupported', `${method} is not built yet.`);

export function joinHandlers(_options: CoreOptions, _shared: SharedState): Pick<Handlers, 'link.validate' | 'session.open' | 'privacy.windows' | 'ime.status' | 'ime.enable'> {
  return {
    'link.validate': async () => notYet('link.validate'),
    'session.open': async () => notYet('session.open'),
    'privacy.windows': async () => notYet('privacy.windows'),
    'ime.status': async () => notYet('ime.status'),
    'ime.enable': async () => notYet('ime.enable'),
  };
}
