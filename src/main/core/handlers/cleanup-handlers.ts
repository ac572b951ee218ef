import { refused } from '../../../shared/reply';
import type { CoreOptions } from '../context';
import type { Handlers } from '../dispatch';
import type { SharedState } from './index';

// Placeholder until the cleanup area lands: it answers with a refusal, never with a made-up result.
const notYet = (method: string) => refused('unsupported', `${method} is not built yet.`);

export function cleanupHandlers(_options: CoreOptions, _shared: SharedState): Pick<Handlers, 'cleanup.scan' | 'cleanup.run'> {
  return {
    'cleanup.scan': async () => notYet('cleanup.scan'),
    'cleanup.run': async () => notYet('cleanup.run'),
  };
}
