/**
 * What the system area offers the other areas. Each probe is a command (an argument array, never a
 * shell string) plus a pure parser; the parsers are tested on verbatim outputs in test/fixtures/os.
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
export { isOs64Bit, osArchitecture, type OsFacts } from './os-facts';
export { windowsMarketingName } from './windows-release';
export { macosName } from './macos-release';

// Security software (for fixes: what it can change, and what it must leave to IT).
export {
  readDefenderStatus,
  readFirewallProfiles,
  readSecurityCenter,
  probeSecurity,
  type SecurityFacts,
} from './security-probe';
export {
  decodeProductState,
  parseDefenderStatus,
  parseFirewallProfiles,
  parseSecurityCenter,
  type DefenderStatus,
  type FirewallProfile,
  type SecurityCenterFacts,
  type SecurityProduct,
} from './windows-security';
export { macosFirewallStateCommand, parseFirewallGlobalState } from './macos-firewall';

// Processes (for cleanup: is the agent still running?).
export { findProcessesByName, listProcesses, type RunningProcess } from './process-list';
export { remoteSupportAgents, runningAgents } from './agent-check';

// Where the agent installs, and free space there.
export { agentInstallDir, expandCatalogPath, probeDisk } from './disk-check';

// Browsers and displays.
export { probeBrowsers } from './browser-check';
export { probeDisplays } from './display-probe';

// Building blocks for other Windows/macOS probes.
export { runCommand, type CommandOutcome, type CommandSpec } from './run-command';
export { powershellCommand } from './powershell-command';
export { parseRegQuery, regQueryCommand, regValuesOf } from './reg-query';
export { decodeConsoleOutput, parseKeyValueBlocks, splitLines } from './text-lines';
