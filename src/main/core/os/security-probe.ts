import { macosFirewallStateCommand, parseFirewallGlobalState } from './macos-firewall';
import { runCommand, type RunOptions } from './run-command';
import {
  defenderStatusCommand,
  firewallProfilesCommand,
  parseDefenderStatus,
  parseFirewallProfiles,
  parseSecurityCenter,
  securityCenterCommand,
  type DefenderStatus,
  type FirewallProfile,
  type SecurityCenterFacts,
} from './windows-security';

// The facts are the `security` check's detail, so their types are the contract's schemas.
export type {
  MacosSecurityFacts,
  SecurityFacts,
  WindowsSecurityFacts,
} from '../../../shared/details';
import type { SecurityFacts } from '../../../shared/details';

/** Windows Security Center products (antivirus, firewall). A string says why they could not be read. */
export async function readSecurityCenter(
  options: RunOptions = {},
): Promise<SecurityCenterFacts | string> {
  const out = await runCommand(securityCenterCommand(), options);
  if (!out.ok && !out.stdout) return `powershell: ${out.reason}`;
  return parseSecurityCenter(out.stdout);
}

/** Microsoft Defender's state, Tamper Protection included. */
export async function readDefenderStatus(
  options: RunOptions = {},
): Promise<DefenderStatus | string> {
  const out = await runCommand(defenderStatusCommand(), options);
  return (
    (out.ok && parseDefenderStatus(out.stdout)) ||
    `Get-MpComputerStatus: ${out.ok ? 'no status' : out.reason}`
  );
}

/** Windows Firewall profiles (Domain, Private, Public). */
export async function readFirewallProfiles(
  options: RunOptions = {},
): Promise<FirewallProfile[] | string> {
  const out = await runCommand(firewallProfilesCommand(), options);
  return (
    (out.ok && parseFirewallProfiles(out.stdout)) ||
    `Get-NetFirewallProfile: ${out.ok ? 'unreadable output' : out.reason}`
  );
}

/** Security software state where the OS has a place to ask (Windows, macOS); undefined elsewhere. */
export async function probeSecurity(
  platform: NodeJS.Platform,
  options: RunOptions = {},
): Promise<SecurityFacts | undefined> {
  if (platform === 'win32') {
    const [securityCenter, defender, firewallProfiles] = await Promise.all([
      readSecurityCenter(options),
      readDefenderStatus(options),
      readFirewallProfiles(options),
    ]);
    return { platform, securityCenter, defender, firewallProfiles };
  }
  if (platform === 'darwin') {
    const out = await runCommand(macosFirewallStateCommand, options);
    const state = out.ok ? parseFirewallGlobalState(out.stdout) : undefined;
    return {
      platform,
      firewallState: state ?? `socketfilterfw: ${out.ok ? 'unreadable output' : out.reason}`,
    };
  }
  return undefined;
}
