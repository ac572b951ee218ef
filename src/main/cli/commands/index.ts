import type { CliCommand } from '../command';

// Each area adds its command here, one line each.
export const commands: CliCommand[] = [];
