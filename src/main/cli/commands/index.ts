import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { cleanupCommand } from './cleanup';
import { linkCommand } from './link';
import { webCommand } from './web';

// Each area adds its command: one import above, one entry here.
export const commands: CliCommand[] = [checkCommand, webCommand, linkCommand, cleanupCommand];
