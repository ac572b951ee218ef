import { readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '../../../shared/catalog';
import { expandAgentPath } from './agent-paths';
import { commandOf, runCommand, type CommandRunner } from '../os/run-command';
import { probeSecurity, type WindowsSecurityFacts } from '../os/security-probe';
import { windowsFactsFromSecurity } from './from-system-facts';
import { firewalldFacts } from './firewalld-gather';
import {
  macosFirewallAppsCommand,
  macosFirewallStateCommand,
  parseFirewallGlobalState,
  parseListApps,
} from '../os/macos-firewall';
import {
  ufwAllowedOutPorts,
  type LinuxFacts,
  type MacFacts,
  type PcFacts,
  type WindowsFacts,
} from './pc-facts';
import { powerShellCommand } from '../os/powershell';
import { currentPlatform, isProcessPrivileged, type OsPlatform } from '../os/platform';

export interface GatherDeps {
  runner?: CommandRunner;
  /** The system area's security probe (Windows); replaced in tests, where PowerShell cannot run. */
  probeWindowsSecurity?: () => Promise<WindowsSecurityFacts>;
  platform?: OsPlatform;
  isPrivileged?: boolean;
  home?: string;
}

/** Reads what the planner needs from this PC; every probe that fails leaves an unknown, never an error. */
export async function gatherFacts(
  catalog: Catalog,
  env: NodeJS.ProcessEnv,
  deps: GatherDeps = {},
): Promise<PcFacts> {
  const run = deps.runner ?? runCommand;
  const platform = deps.platform ?? currentPlatform();
  const base = {
    platform,
    isPrivileged: deps.isPrivileged ?? isProcessPrivileged(),
    home: deps.home ?? homedir(),
    env,
  };
  switch (platform) {
    case 'win32':
      return {
        ...base,
        windows: await windowsFacts(run, deps.probeWindowsSecurity ?? probeWindows),
      };
    case 'darwin':
      return { ...base, macos: await macFacts(catalog, run, base.home, env) };
    case 'linux':
      return { ...base, linux: await linuxFacts(run) };
  }
}

async function probeWindows(): Promise<WindowsSecurityFacts> {
  const facts = await probeSecurity('win32');
  if (facts?.platform !== 'win32')
    throw new Error('probeSecurity(win32) answered for another platform');
  return facts;
}

async function windowsFacts(
  run: CommandRunner,
  probe: () => Promise<WindowsSecurityFacts>,
): Promise<WindowsFacts> {
  // Local exclusions are ignored when a policy turns off merging them with the policy's own.
  const policy = await run(
    powerShellCommand(
      "(Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows Defender' -Name DisableLocalAdminMerge -ErrorAction SilentlyContinue).DisableLocalAdminMerge",
    ),
  );
  return windowsFactsFromSecurity(await probe(), policy.ok && policy.stdout.trim() === '1');
}

async function macFacts(
  catalog: Catalog,
  run: CommandRunner,
  home: string,
  env: NodeJS.ProcessEnv,
): Promise<MacFacts> {
  const state = await run(macosFirewallStateCommand);
  const list = await run(macosFirewallAppsCommand);
  const agentApps: string[] = [];
  for (const raw of catalog.agent.directories.darwin ?? []) {
    const dir = expandAgentPath(raw, { platform: 'darwin', env, home });
    if (!dir.ok) continue;
    const names = await readdir(dir.path).catch(() => [] as string[]);
    for (const name of names) if (name.endsWith('.app')) agentApps.push(join(dir.path, name));
  }
  return {
    firewallState: state.ok ? (parseFirewallGlobalState(state.stdout) ?? null) : null,
    listedApps: list.ok ? parseListApps(list.stdout) : [],
    agentApps,
  };
}

async function linuxFacts(run: CommandRunner): Promise<LinuxFacts> {
  const nft = await run(commandOf(['nft', '-j', 'list', 'ruleset']));
  const ufw = await run(commandOf(['ufw', 'status', 'verbose']));
  // No nft at all: no nftables rules to block anything (a legacy iptables setup is outside what we change).
  const facts: LinuxFacts =
    nft.code === 0
      ? { nftRulesetJson: nft.stdout }
      : nft.startError === 'ENOENT'
        ? { nftRulesetJson: '{"nftables": []}' }
        : {
            nftRulesetJson: null,
            nftUnreadableReason: nft.startError ?? nft.stderr.trim().split('\n')[0] ?? '',
          };
  const firewalld = await firewalldFacts(run);
  if (firewalld) facts.firewalld = firewalld;
  if (ufw.code === 0) {
    const outgoing = /Default:.*?(allow|deny|reject) \(outgoing\)/i
      .exec(ufw.stdout)?.[1]
      ?.toLowerCase();
    facts.ufw = {
      isActive: /Status:\s*active/i.test(ufw.stdout),
      allowedOutPorts: ufwAllowedOutPorts(ufw.stdout),
      defaultOutgoing: outgoing === 'deny' || outgoing === 'reject' ? outgoing : 'allow',
    };
  }
  return facts;
}
