import { ok } from '../../../shared/reply';
import { summarizeFleet } from '../fleet/summarize-fleet';
import type { Handlers } from './handler-types';

/** `fleet.summarize`: reads the named files and folders (the command line's only) into one fleet picture. */
export function fleetHandlers(): Pick<Handlers, 'fleet.summarize'> {
  return {
    'fleet.summarize': async ({ paths, lang }) => ok(await summarizeFleet(paths, { lang })),
  };
}
