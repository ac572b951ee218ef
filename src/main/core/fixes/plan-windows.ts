import { createHash } from 'node:crypto';
import { win32 } from 'node:path';
import type { TFunction } from 'i18next';
import type { Catalog } from '../../../shared/catalog';
import type { PcFacts, WindowsFacts } from './pc-facts';
import { expandFolders, type PlannedChange } from './planned-change';
import { powerShellCommand, psQuote } from './powershell';

/** The rule group that holds every Windows Defender Firewall rule of ours, so IT can list or remove them together. */
export const FIREWALL_GROUP = 'Session Prep';

/** Windows: outbound program rules for the agent, and Defender exclusions for its folders and programs. */
export function planWindows(catalog: Catalog, facts: PcFacts & { windows: WindowsFacts }, t: TFunction): PlannedChange[] {
  const { paths, refusals } = expandFolders(catalog.agent.directories.win32 ?? [], { platform: 'win32', env: facts.env, home: facts.home }, t);
  const programs = paths.flatMap((dir) => catalog.agent.executables.map((exe) => win32.join(dir, exe)));
  const badPaths = refusals.length ? t('fixes:reason.badPaths', { list: refusals.join(' ') }) : undefined;
  const changes: PlannedChange[] = [];
  if (facts.windows.firewallEnabled !== false && programs.length > 0) changes.push(firewallChange(programs, t, badPaths));
  if (paths.length > 0) changes.push(defenderChange(paths, programs, facts.windows, t, badPaths));
  return changes;
}

/** A stable rule name per program, so apply can replace and undo can remove exactly our rules. */
export function firewallRuleName(program: string): string {
  return `SessionPrep-Out-${createHash('sha256').update(program.toLowerCase(), 'utf8').digest('hex').slice(0, 16)}`;
}

function firewallChange(programs: string[], t: TFunction, badPaths: string | undefined): PlannedChange {
  const names = programs.map(firewallRuleName);
  const lines = programs.flatMap((program, i) => [
    `Remove-NetFirewallRule -Name ${psQuote(names[i] ?? '')} -ErrorAction SilentlyContinue`,
    `New-NetFirewallRule -Name ${psQuote(names[i] ?? '')} -DisplayName ${psQuote(`${FIREWALL_GROUP}: ${win32.basename(program)}`)} -Group ${psQuote(FIREWALL_GROUP)} -Direction Outbound -Action Allow -Program ${psQuote(program)} -Profile Any | Out-Null`,
  ]);
  const script = ["$ErrorActionPreference = 'Stop'", ...lines].join('\n');
  const undoScript = `Remove-NetFirewallRule -Name @(${names.map(psQuote).join(', ')}) -ErrorAction SilentlyContinue`;
  const undo = [powerShellCommand(undoScript)];
  return {
    id: 'windows-firewall',
    title: t('fixes:change.windowsFirewall.title'),
    description: t('fixes:change.windowsFirewall.description', { count: programs.length, group: FIREWALL_GROUP }),
    commands: [powerShellCommand(script)],
    undoCommands: undo,
    needsElevation: true,
    state: badPaths ? 'not_possible' : 'needed',
    ...(badPaths ? { reason: badPaths } : {}),
    journalUndo: { commands: undo, needsElevation: true },
  };
}

function defenderChange(folders: string[], programs: string[], w: WindowsFacts, t: TFunction, badPaths: string | undefined): PlannedChange {
  // Processes by full path: a bare name such as agent.exe would exclude every program of that name anywhere.
  const args = `-ExclusionPath @(${folders.map(psQuote).join(', ')}) -ExclusionProcess @(${programs.map(psQuote).join(', ')})`;
  const script = `$ErrorActionPreference = 'Stop'\nAdd-MpPreference ${args}`;
  const undo = [powerShellCommand(`Remove-MpPreference ${args} -ErrorAction SilentlyContinue`)];
  const refusal = defenderRefusal(w, t);
  const reason = badPaths ?? refusal;
  return {
    id: 'windows-defender',
    title: t('fixes:change.windowsDefender.title'),
    description: t('fixes:change.windowsDefender.description', { folders: folders.join(', '), count: programs.length }),
    commands: [powerShellCommand(script)],
    undoCommands: undo,
    needsElevation: true,
    state: reason ? 'not_possible' : 'needed',
    ...(reason ? { reason } : {}),
    ...(!badPaths && refusal ? { isForIt: true } : {}),
    journalUndo: { commands: undo, needsElevation: true },
  };
}

function defenderRefusal(w: WindowsFacts, t: TFunction): string | undefined {
  if (w.defender.isActive === false) {
    return w.otherAntivirus.length
      ? t('fixes:reason.otherAntivirus', { products: w.otherAntivirus.join(', ') })
      : t('fixes:reason.defenderInactive', { mode: w.defender.runningMode ?? '?' });
  }
  if (w.defender.isPolicyManaged) return t('fixes:reason.defenderPolicy');
  if (w.defender.isTamperProtected === true) return t('fixes:reason.tamperProtection');
  return undefined;
}
