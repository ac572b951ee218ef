import type { CliCommand } from '../command';
import { allowlistCommand } from './allowlist';
import { catalogCommand } from './catalog';
import { checkCommand } from './check';
import { cleanupCommand } from './cleanup';
import { fixesCommand } from './fixes';
import { linkCommand } from './link';
import { summarizeCommand } from './summarize';
import { undoCommand } from './undo';
import { webCommand } from './web';

// Each area adds its command: one import above, one entry here.
export const commands: CliCommand[] = [
  checkCommand,
  webCommand,
  linkCommand,
  cleanupCommand,
  allowlistCommand,
  fixesCommand,
  undoCommand,
  catalogCommand,
  summarizeCommand,
];
