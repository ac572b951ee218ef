import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { webCommand } from './web';

// Each area adds its command: one import above, one entry here.
export const commands: CliCommand[] = [checkCommand, webCommand];
