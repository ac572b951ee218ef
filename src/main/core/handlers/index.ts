import type { CoreOptions } from '../context';
import type { Handlers } from '../dispatch';
import { appHandlers } from './app-handlers';
import { checksHandlers } from './checks-handlers';
import { cleanupHandlers } from './cleanup-handlers';
import { fixesHandlers } from './fixes-handlers';
import { joinHandlers } from './join-handlers';
import { reportHandlers } from './report-handlers';

/** Each area owns its handlers; together they must cover the whole method table. */
export function createHandlers(options: CoreOptions): Handlers {
  const shared = new SharedState();
  return {
    ...appHandlers(options),
    ...checksHandlers(options, shared),
    ...reportHandlers(options, shared),
    ...fixesHandlers(options, shared),
    ...joinHandlers(options, shared),
    ...cleanupHandlers(options, shared),
  };
}

/** State the areas share within one process: the runs made so far, for reports and re-checks. */
export class SharedState {
  readonly runs = new Map<string, import('../../../shared/check-result').CheckRun>();
  lastRunId: string | undefined;
}
