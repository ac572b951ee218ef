import { homedir } from 'node:os';
import type { Catalog } from '../../../shared/catalog';
import type { Lang } from '../../../shared/lang';
import type { CoreOptions } from '../context';
import { runCommand, type CommandRunner } from '../os/run-command';
import { currentPlatform, isProcessPrivileged, processUid, type OsPlatform } from '../os/platform';

/** Everything cleanup reads from the PC, injectable so a test can point it at a sandbox home. */
export interface CleanupContext {
  catalog: Catalog;
  lang: Lang;
  platform: OsPlatform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  uid: number;
  /** This process: never a process to stop. */
  selfPid: number;
  isPrivileged: boolean;
  dataDir: string;
  run: CommandRunner;
  /** Where `/proc` is (Linux); tests may not change it, but naming it keeps the scan honest about its source. */
  procDir: string;
  /** How long to wait for a process to end after SIGTERM before SIGKILL. */
  stopGraceMs: number;
}

/** The context for this PC, from what the front door gave core. */
export function cleanupContextFor(
  options: CoreOptions,
  lang: Lang,
  overrides: Partial<CleanupContext> = {},
): CleanupContext {
  const platform = currentPlatform();
  const env = options.env;
  const home = (platform === 'win32' ? env.USERPROFILE : env.HOME) || homedir();
  return {
    catalog: options.catalog,
    lang,
    platform,
    env,
    home,
    uid: processUid(),
    selfPid: process.pid,
    isPrivileged: isProcessPrivileged(),
    dataDir: options.dataDir,
    run: runCommand,
    procDir: '/proc',
    stopGraceMs: 3000,
    ...overrides,
  };
}
