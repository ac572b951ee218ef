/**
 * What the system area offers the other areas. Each probe is a command (an argument array, never a
 * shell string, run by ../os/run-command.ts) plus a pure parser; the parsers are tested on verbatim
 * outputs in test/fixtures/os.
 * A probe that cannot find out returns a string saying why, never a made-up answer.
 */

// Entry points (the check engine).
export {
  runSystemChecks,
  type SystemChecksOptions,
  type SystemChecksOutcome,
} from './run-system-checks';

// OS facts: family, marketing name, version, 64-bit.
export { probeOs, windowsOsCommands } from './os-probe';
export { type OsFacts } from './os-facts';
export { windowsMarketingName } from './windows-release';
export { macosName } from './macos-release';

// Security software and processes are read in ../os (security-probe.ts, processes.ts); here, the
// remote-support programs the agent check looks for.
export { findProcessesByName, remoteSupportAgents, runningAgents } from './agent-check';

// Where the agent installs, and free space there.
export { agentInstallDir, expandCatalogPath, probeDisk } from './disk-check';

// Browsers and displays.
export { probeBrowsers } from './browser-check';
export { probeDisplays } from './display-probe';
