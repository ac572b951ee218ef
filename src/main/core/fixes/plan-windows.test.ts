import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema, type Catalog } from '../../../shared/catalog';
import { builtInCatalog } from '../catalog/load-catalog';
import {
  defenderFromStatus,
  firewallEnabledFromProfiles,
  type PcFacts,
  type WindowsFacts,
} from './pc-facts';
import { firewallRuleName } from './plan-windows';
import { planFixes } from './planner';
import { decodePowerShell } from './powershell';

const fixture = (path: string) => readFileSync(`/work/shared/fixtures/${path}`, 'utf8');

const home = 'C:\\Users\\山田 太郎';
const env = {
  LOCALAPPDATA: `${home}\\AppData\\Local`,
  ProgramFiles: 'C:\\Program Files',
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
};
const activeDefender: WindowsFacts = {
  firewallEnabled: firewallEnabledFromProfiles(fixture('windows/get-netfirewallprofile-json.json')),
  defender: defenderFromStatus(fixture('windows/get-mpcomputerstatus-docs-example-2013.txt')),
  otherAntivirus: [],
};
const dataDir = `${home}\\AppData\\Roaming\\Session Prep`;
const facts = (windows: WindowsFacts = activeDefender): PcFacts => ({
  platform: 'win32',
  isPrivileged: false,
  home,
  env,
  dataDir,
  windows,
});

const catalog = (agent: Partial<Catalog['agent']>): Catalog =>
  catalogSchema.parse({ ...builtInCatalog(), agent: { ...builtInCatalog().agent, ...agent } });
const small = catalog({
  executables: ['agent.exe', 'Zoho Tray.exe'],
  directories: { win32: ['%LOCALAPPDATA%/ZohoMeeting', '%PROGRAMFILES(X86)%/ZohoMeeting'] },
});

/** The argument array must be PowerShell's encoded form, exactly; returns the script inside. */
function script(argv: readonly string[] | undefined): string {
  expect(argv?.slice(0, 6)).toEqual([
    'powershell.exe',
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
  ]);
  expect(argv).toHaveLength(7);
  expect(argv?.[6]).toMatch(/^[A-Za-z0-9+/]+=*$/);
  return decodePowerShell(argv?.[6] ?? '');
}

describe('planFixes on Windows', () => {
  it('writes one outbound rule per program in our group, with 日本語 and spaces quoted, and undoes exactly those', () => {
    const [fw] = planFixes(small, facts(), 'en');
    const programs = [
      `${home}\\AppData\\Local\\ZohoMeeting\\agent.exe`,
      `${home}\\AppData\\Local\\ZohoMeeting\\Zoho Tray.exe`,
      'C:\\Program Files (x86)\\ZohoMeeting\\agent.exe',
      'C:\\Program Files (x86)\\ZohoMeeting\\Zoho Tray.exe',
    ];
    const names = programs.map(firewallRuleName);
    expect(fw).toMatchObject({ id: 'windows-firewall', state: 'needed', needsElevation: true });
    expect(fw?.commands).toHaveLength(1);
    expect(script(fw?.commands[0])).toBe(
      [
        "$ErrorActionPreference = 'Stop'",
        ...programs.flatMap((p, i) => [
          `Remove-NetFirewallRule -Name '${names[i]}' -ErrorAction SilentlyContinue`,
          `New-NetFirewallRule -Name '${names[i]}' -DisplayName 'Session Prep: ${p.split('\\').pop()}' -Group 'Session Prep' -Direction Outbound -Action Allow -Program '${p}' -Profile Any | Out-Null`,
        ]),
      ].join('\n'),
    );
    expect(script(fw?.undoCommands[0])).toBe(
      `Remove-NetFirewallRule -Name @(${names.map((n) => `'${n}'`).join(', ')}) -ErrorAction SilentlyContinue`,
    );
    expect(fw?.journalUndo).toEqual({ commands: fw?.undoCommands, needsElevation: true });
    expect(new Set(names).size).toBe(4);
    expect(names[0]).toMatch(/^SessionPrep-Out-[0-9a-f]{16}$/);
  });

  it('excludes folders and full program paths from Defender, noting what it added so undo removes only that', () => {
    const def = planFixes(small, facts(), 'en')[1];
    const folders = `'${home}\\AppData\\Local\\ZohoMeeting', 'C:\\Program Files (x86)\\ZohoMeeting'`;
    const procs = `'${home}\\AppData\\Local\\ZohoMeeting\\agent.exe', '${home}\\AppData\\Local\\ZohoMeeting\\Zoho Tray.exe', 'C:\\Program Files (x86)\\ZohoMeeting\\agent.exe', 'C:\\Program Files (x86)\\ZohoMeeting\\Zoho Tray.exe'`;
    const note = `'${home}\\AppData\\Roaming\\Session Prep\\defender-exclusions-added.json'`;
    expect(def).toMatchObject({ id: 'windows-defender', state: 'needed' });
    expect(script(def?.commands[0])).toBe(
      [
        "$ErrorActionPreference = 'Stop'",
        '$pref = Get-MpPreference',
        `$paths = @(@(${folders}) | Where-Object { $pref.ExclusionPath -notcontains $_ })`,
        `$procs = @(@(${procs}) | Where-Object { $pref.ExclusionProcess -notcontains $_ })`,
        `ConvertTo-Json -InputObject @{ paths = $paths; processes = $procs } | Set-Content -LiteralPath ${note} -Encoding UTF8`,
        'if ($paths.Count -gt 0) { Add-MpPreference -ExclusionPath $paths }',
        'if ($procs.Count -gt 0) { Add-MpPreference -ExclusionProcess $procs }',
      ].join('\n'),
    );
    expect(script(def?.undoCommands[0])).toBe(
      [
        `if (Test-Path -LiteralPath ${note}) {`,
        `  $added = Get-Content -LiteralPath ${note} -Raw | ConvertFrom-Json`,
        '  if (@($added.paths).Count -gt 0) { Remove-MpPreference -ExclusionPath @($added.paths) -ErrorAction SilentlyContinue }',
        '  if (@($added.processes).Count -gt 0) { Remove-MpPreference -ExclusionProcess @($added.processes) -ErrorAction SilentlyContinue }',
        `  Remove-Item -LiteralPath ${note}`,
        '}',
      ].join('\n'),
    );
    expect(def?.journalUndo).toEqual({ commands: def?.undoCommands, needsElevation: true });
  });

  it('doubles a single quote in a user name, so the path stays one literal', () => {
    const f = {
      ...facts(),
      home: "C:\\Users\\O'Brien",
      env: { ...env, LOCALAPPDATA: "C:\\Users\\O'Brien\\AppData\\Local" },
    };
    const [fw] = planFixes(
      catalog({
        executables: ['agent.exe'],
        directories: { win32: ['%LOCALAPPDATA%/ZohoMeeting'] },
      }),
      f,
      'en',
    );
    expect(script(fw?.commands[0])).toContain(
      "-Program 'C:\\Users\\O''Brien\\AppData\\Local\\ZohoMeeting\\agent.exe' -Profile Any",
    );
  });

  it('sends Defender to IT when another antivirus is active (Kaspersky fixture), in Japanese too', () => {
    const kaspersky: WindowsFacts = {
      ...activeDefender,
      defender: defenderFromStatus(
        fixture('windows/get-ciminstance-msft-mpcomputerstatus-ru-kaspersky-excerpt.txt'),
      ),
      otherAntivirus: ['Kaspersky Standard'],
    };
    const def = planFixes(small, facts(kaspersky), 'ja').find((c) => c.id === 'windows-defender');
    expect(def?.state).toBe('not_possible');
    expect(def?.isForIt).toBe(true);
    expect(def?.reason).toBe(
      'この PC は Microsoft Defender ではなく Kaspersky Standard で保護されています。除外はその製品で設定する必要があります。IT 部門への依頼内容を IT 部門にお送りください。',
    );
  });

  it('sends Defender to IT under Tamper Protection or a policy', () => {
    const tamper = {
      ...activeDefender,
      defender: { ...activeDefender.defender, isTamperProtected: true },
    };
    expect(planFixes(small, facts(tamper), 'en')[1]?.reason).toMatch(/^Tamper Protection is on/);
    const policy = {
      ...activeDefender,
      defender: { ...activeDefender.defender, isPolicyManaged: true },
    };
    expect(planFixes(small, facts(policy), 'en')[1]?.reason).toMatch(/by policy/);
  });

  it('proposes no firewall rule when every firewall profile is off', () => {
    expect(
      planFixes(small, facts({ ...activeDefender, firewallEnabled: false }), 'en').map((c) => c.id),
    ).toEqual(['windows-defender']);
  });

  it.each([['C:/Windows/System32'], ['%PROGRAMFILES%/../Windows'], ['ZohoMeeting'], ['%NOPE%/x']])(
    'refuses a catalog folder %s: every change is not_possible, naming it',
    (bad) => {
      const changes = planFixes(
        catalog({ directories: { win32: ['%LOCALAPPDATA%/ZohoMeeting', bad] } }),
        facts(),
        'en',
      );
      expect(changes.map((c) => c.state)).toEqual(['not_possible', 'not_possible']);
      expect(changes[0]?.reason).toContain(`“${bad}”`);
      expect(changes[0]?.reason).toMatch(/nothing is changed/);
      // A bad catalog is the support team's to fix, not IT's.
      expect(changes.some((c) => c.isForIt)).toBe(false);
    },
  );
});

describe('publicChange', () => {
  it('carries the decoded script of an encoded command for reading, and never the journal’s undo', async () => {
    const { publicChange } = await import('./planned-change');
    const [fw] = planFixes(small, facts(), 'en');
    if (!fw) throw new Error('no firewall change');
    const visible = publicChange(fw);
    expect(visible.scripts).toEqual([script(fw.commands[0])]);
    expect('journalUndo' in visible).toBe(false);
  });
});
