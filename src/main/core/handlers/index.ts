import type { CoreOptions } from '../context';
import type { Handlers } from './handler-types';
import { allowlistHandlers } from './allowlist-handlers';
import { appHandlers } from './app-handlers';
import { catalogHandlers } from './catalog-handlers';
import { checksHandlers } from './checks-handlers';
import { chromiumHandlers } from './chromium-handlers';
import { cleanupHandlers } from './cleanup-handlers';
import { fixesHandlers } from './fixes-handlers';
import { fleetHandlers } from './fleet-handlers';
import { joinHandlers } from './join-handlers';
import { reportHandlers } from './report-handlers';
import { RunHistory } from './run-history';
import { WizardMemory } from './wizard-memory';
import { wizardHandlers } from './wizard-handlers';

/** Each area owns its handlers; together they must cover the whole method table. */
export function createHandlers(options: CoreOptions): Handlers {
  const history = new RunHistory({ keepsRuns: true });
  const memory = new WizardMemory();
  return {
    ...appHandlers(options),
    ...checksHandlers(options, history, memory),
    ...wizardHandlers(options, history, memory),
    ...reportHandlers(options, history),
    ...fixesHandlers(options, history),
    ...allowlistHandlers(options, history),
    ...joinHandlers(options),
    ...cleanupHandlers(options),
    ...catalogHandlers(),
    ...fleetHandlers(),
    ...chromiumHandlers(options, history),
  };
}
