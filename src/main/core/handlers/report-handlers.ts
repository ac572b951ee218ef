import { refused } from '../../../shared/reply';
import type { CoreOptions } from '../context';
import type { Handlers } from '../dispatch';
import type { SharedState } from './index';

// Placeholder until the report area lands: it answers with a refusal, never with a made-up result.
const notYet = (method: string) => refused('unsupported', `${method} is not built yet.`);

export function reportHandlers(_options: CoreOptions, _shared: SharedState): Pick<Handlers, 'report.export'> {
  return {
    'report.export': async () => notYet('report.export'),
  };
}
