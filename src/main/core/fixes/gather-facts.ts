import { readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '../../../shared/catalog';
import { expandAgentPath } from './agent-paths';
import { execRunner, type CommandRunner } from './command-runner';
import type { FixPlatform } from './elevation';
import { defenderFromStatus, firewallEnabledFromProfiles, firewallStateFromGlobalState, parseListApps, type LinuxFacts, type MacFacts, type PcFacts, type WindowsFacts } from './pc-facts';
import { SOCKETFILTERFW } from './plan-macos';
import { powerShellCommand } from './powershell';
import { currentPlatform, processIsPrivileged } from './undo';

export interface GatherDeps {
  runner?: CommandRunner;
  platform?: FixPlatform;
  isPrivileged?: boolean;
  home?: string;
}

/** Reads what the planner needs from this PC; every probe that fails leaves an unknown, never an error. */
export async function gatherFacts(catalog: Catalog, env: NodeJS.ProcessEnv, deps: GatherDeps = {}): Promise<PcFacts> {
  const run = deps.runner ?? execRunner;
  const platform = deps.platform ?? currentPlatform();
  const base = { platform, isPrivileged: deps.isPrivileged ?? processIsPrivileged(), home: deps.home ?? homedir(), env };
  switch (platform) {
    case 'win32':
      return { ...base, windows: await windowsFacts(run) };
    case 'darwin':
      return { ...base, macos: await macFacts(catalog, run, base.home, env) };
    case 'linux':
      return { ...base, linux: await linuxFacts(run) };
  }
}

async function windowsFacts(run: CommandRunner): Promise<WindowsFacts> {
  const status = await run(powerShellCommand('Get-MpComputerStatus | Format-List AMRunningMode,AMServiceEnabled,IsTamperProtected'));
  const profiles = await run(powerShellCommand('Get-NetFirewallProfile | Select-Object Name,Enabled | ConvertTo-Json -Compress'));
  // SecurityCenter2 does not exist on Windows Server: no list there, which is not an error.
  const av = await run(powerShellCommand('Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct -ErrorAction SilentlyContinue | ForEach-Object { $_.displayName }'));
  const policy = await run(
    powerShellCommand("(Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows Defender' -Name DisableLocalAdminMerge -ErrorAction SilentlyContinue).DisableLocalAdminMerge"),
  );
  const defender =
    status.code === 0 ? defenderFromStatus(status.stdout) : { isActive: null, runningMode: null, isTamperProtected: null, isPolicyManaged: false };
  return {
    firewallEnabled: profiles.code === 0 ? firewallEnabledFromProfiles(profiles.stdout) : null,
    defender: { ...defender, isPolicyManaged: policy.code === 0 && policy.stdout.trim() === '1' },
    otherAntivirus:
      av.code === 0
        ? av.stdout
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter((s) => s && !/defender/i.test(s))
        : [],
  };
}

async function macFacts(catalog: Catalog, run: CommandRunner, home: string, env: NodeJS.ProcessEnv): Promise<MacFacts> {
  const state = await run([SOCKETFILTERFW, '--getglobalstate']);
  const list = await run([SOCKETFILTERFW, '--listapps']);
  const agentApps: string[] = [];
  for (const raw of catalog.agent.directories.darwin ?? []) {
    const dir = expandAgentPath(raw, { platform: 'darwin', env, home });
    if (!dir.ok) continue;
    const names = await readdir(dir.path).catch(() => [] as string[]);
    for (const name of names) if (name.endsWith('.app')) agentApps.push(join(dir.path, name));
  }
  return {
    firewallState: state.code === 0 ? firewallStateFromGlobalState(state.stdout) : null,
    listedApps: list.code === 0 ? parseListApps(list.stdout) : [],
    agentApps,
  };
}

async function linuxFacts(run: CommandRunner): Promise<LinuxFacts> {
  const nft = await run(['nft', '-j', 'list', 'ruleset']);
  const ufw = await run(['ufw', 'status', 'verbose']);
  // No nft at all: no nftables rules to block anything (a legacy iptables setup is outside what we change).
  const facts: LinuxFacts =
    nft.code === 0
      ? { nftRulesetJson: nft.stdout }
      : nft.startError === 'ENOENT'
        ? { nftRulesetJson: '{"nftables": []}' }
        : { nftRulesetJson: null, nftUnreadableReason: nft.startError ?? nft.stderr.trim().split('\n')[0] ?? '' };
  if (ufw.code === 0) {
    const outgoing = /Default:.*?(allow|deny|reject) \(outgoing\)/i.exec(ufw.stdout)?.[1]?.toLowerCase();
    facts.ufw = {
      isActive: /Status:\s*active/i.test(ufw.stdout),
      defaultOutgoing: outgoing === 'deny' || outgoing === 'reject' ? outgoing : 'allow',
    };
  }
  return facts;
}
