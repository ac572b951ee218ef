import { createHash } from 'node:crypto';
import { win32 } from 'node:path';
import type { Translate } from '../../../shared/i18n';
import type { Catalog } from '../../../shared/catalog';
import type { PcFacts, WindowsFacts } from './pc-facts';
import { expandFolders, type PlannedChange } from './planned-change';
import { powerShellArgv, psQuote } from '../os/powershell';

/** The rule group that holds every Windows Defender Firewall rule of ours, so IT can list or remove them together. */
export const FIREWALL_GROUP = 'Session Prep';

/** Windows: outbound program rules for the agent, and Defender exclusions for its folders and programs. */
export function planWindows(
  catalog: Catalog,
  facts: PcFacts & { windows: WindowsFacts },
  t: Translate,
): PlannedChange[] {
  const { paths, refusals } = expandFolders(
    catalog.agent.directories.win32 ?? [],
    { platform: 'win32', env: facts.env, home: facts.home },
    t,
  );
  const programs = paths.flatMap((dir) =>
    catalog.agent.executables.map((exe) => win32.join(dir, exe)),
  );
  const badPaths = refusals.length
    ? t('fixes:reason.badPaths', { list: refusals.join(' ') })
    : undefined;
  const changes: PlannedChange[] = [];
  if (facts.windows.firewallEnabled !== false && programs.length > 0)
    changes.push(firewallChange(programs, t, badPaths));
  if (paths.length > 0) changes.push(defenderChange(paths, programs, facts, t, badPaths));
  return changes;
}

/** A stable rule name per program, so apply can replace and undo can remove exactly our rules. */
export function firewallRuleName(program: string): string {
  return `SessionPrep-Out-${createHash('sha256').update(program.toLowerCase(), 'utf8').digest('hex').slice(0, 16)}`;
}

function firewallChange(
  programs: string[],
  t: Translate,
  badPaths: string | undefined,
): PlannedChange {
  const names = programs.map(firewallRuleName);
  const lines = programs.flatMap((program, i) => [
    `Remove-NetFirewallRule -Name ${psQuote(names[i] ?? '')} -ErrorAction SilentlyContinue`,
    `New-NetFirewallRule -Name ${psQuote(names[i] ?? '')} -DisplayName ${psQuote(`${FIREWALL_GROUP}: ${win32.basename(program)}`)} -Group ${psQuote(FIREWALL_GROUP)} -Direction Outbound -Action Allow -Program ${psQuote(program)} -Profile Any | Out-Null`,
  ]);
  const script = ["$ErrorActionPreference = 'Stop'", ...lines].join('\n');
  const undo = firewallUndoCommands(names);
  return {
    id: 'windows-firewall',
    title: t('fixes:change.windowsFirewall.title'),
    description: t('fixes:change.windowsFirewall.description', {
      count: programs.length,
      group: FIREWALL_GROUP,
    }),
    commands: [powerShellArgv(script)],
    undoCommands: undo,
    needsElevation: true,
    state: badPaths ? 'not_possible' : 'needed',
    ...(badPaths ? { reason: badPaths } : {}),
    journalUndo: { kind: 'windows-firewall', rules: names },
  };
}

/** Removes exactly our rules, by name (undo of the firewall change, rebuilt from the journal's names). */
export function firewallUndoCommands(names: readonly string[]): string[][] {
  return [
    powerShellArgv(
      `Remove-NetFirewallRule -Name @(${names.map(psQuote).join(', ')}) -ErrorAction SilentlyContinue`,
    ),
  ];
}

/** Where the Defender change notes which exclusions it added, so undo removes those and none the PC had before. */
export function defenderNotePath(dataDir: string): string {
  return win32.join(dataDir, 'defender-exclusions-added.json');
}

function defenderChange(
  folders: string[],
  programs: string[],
  facts: PcFacts & { windows: WindowsFacts },
  t: Translate,
  badPaths: string | undefined,
): PlannedChange {
  if (!facts.dataDir)
    throw new Error('planWindows: the data folder is needed for the Defender change');
  const note = psQuote(defenderNotePath(facts.dataDir));
  // Processes by full path: a bare name such as agent.exe would exclude every program of that name anywhere.
  // The note is written before the exclusions are added: a kill in between leaves an undo that removes
  // exclusions that may not exist yet, which is harmless.
  const script = [
    "$ErrorActionPreference = 'Stop'",
    '$pref = Get-MpPreference',
    `$paths = @(@(${folders.map(psQuote).join(', ')}) | Where-Object { $pref.ExclusionPath -notcontains $_ })`,
    `$procs = @(@(${programs.map(psQuote).join(', ')}) | Where-Object { $pref.ExclusionProcess -notcontains $_ })`,
    `ConvertTo-Json -InputObject @{ paths = $paths; processes = $procs } | Set-Content -LiteralPath ${note} -Encoding UTF8`,
    'if ($paths.Count -gt 0) { Add-MpPreference -ExclusionPath $paths }',
    'if ($procs.Count -gt 0) { Add-MpPreference -ExclusionProcess $procs }',
  ].join('\n');
  const undo = defenderUndoCommands(facts.dataDir);
  const refusal = defenderRefusal(facts.windows, t);
  const reason = badPaths ?? refusal;
  return {
    id: 'windows-defender',
    title: t('fixes:change.windowsDefender.title'),
    description: t('fixes:change.windowsDefender.description', {
      folders: folders.join(', '),
      count: programs.length,
    }),
    commands: [powerShellArgv(script)],
    undoCommands: undo,
    needsElevation: true,
    state: reason ? 'not_possible' : 'needed',
    ...(reason ? { reason } : {}),
    ...(!badPaths && refusal ? { isForIt: true } : {}),
    journalUndo: { kind: 'windows-defender' },
  };
}

/** Removes the exclusions the note says we added, and none the PC had before. */
export function defenderUndoCommands(dataDir: string): string[][] {
  const note = psQuote(defenderNotePath(dataDir));
  const undoScript = [
    `if (Test-Path -LiteralPath ${note}) {`,
    `  $added = Get-Content -LiteralPath ${note} -Raw | ConvertFrom-Json`,
    '  if (@($added.paths).Count -gt 0) { Remove-MpPreference -ExclusionPath @($added.paths) -ErrorAction SilentlyContinue }',
    '  if (@($added.processes).Count -gt 0) { Remove-MpPreference -ExclusionProcess @($added.processes) -ErrorAction SilentlyContinue }',
    `  Remove-Item -LiteralPath ${note}`,
    '}',
  ].join('\n');
  return [powerShellArgv(undoScript)];
}

function defenderRefusal(w: WindowsFacts, t: Translate): string | undefined {
  if (w.defender.isActive === false) {
    return w.otherAntivirus.length
      ? t('fixes:reason.otherAntivirus', { products: w.otherAntivirus.join(', ') })
      : t('fixes:reason.defenderInactive', { mode: w.defender.runningMode ?? '?' });
  }
  if (w.defender.isPolicyManaged) return t('fixes:reason.defenderPolicy');
  if (w.defender.isTamperProtected === true) return t('fixes:reason.tamperProtection');
  return undefined;
}
