/**
 * The one way Session Prep runs a program, and what it knows about the OS it runs on. Nothing outside
 * this folder imports node:child_process (an ESLint rule says so).
 *
 * - run-command.ts: `runCommand`, argument arrays only, a time limit always, an AbortSignal, and output
 *   decoded right on every OS (decode-output.ts; the Windows console code page from code-page.ts).
 * - launch-detached.ts: a program that outlives us (the browser opener).
 * - powershell.ts: the one PowerShell builder (UTF-8 output, -EncodedCommand) and the one quoting function.
 * - processes.ts: the one process list (names, PIDs, paths where the OS tells them).
 * - platform.ts, elevation.ts, elevated-batch*.ts: platform facts, running elevated, one UAC prompt for many scripts.
 * - windows-security.ts, security-probe.ts, macos-firewall.ts: the security state the checks and the fixes read.
 */
export {
  argvOf,
  commandOf,
  failureText,
  runCommand,
  type CommandOutcome,
  type CommandRunner,
  type CommandSpec,
  type RunOptions,
} from './run-command';
export { launchDetached } from './launch-detached';
export { decodeOutput } from './decode-output';
export { powerShellArgv, powerShellCommand, psQuote, scriptOf } from './powershell';
export { listProcesses, type RunningProcess } from './processes';
export { currentPlatform, isOs64Bit, isProcessPrivileged, type OsPlatform } from './platform';
export { elevated, isElevationRefusal } from './elevation';
export { probeSecurity, type SecurityFacts } from './security-probe';
export {
  followSupervisor,
  isSupervisedChild,
  reportExit,
  runSupervisedChild,
} from './supervised-child';
