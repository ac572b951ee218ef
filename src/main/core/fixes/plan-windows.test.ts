import { readFileSync } from 'node:fs';
import { undoCommandsOf } from './undo-commands';
import { describe, expect, it } from 'vitest';
import { catalogSchema, type Catalog } from '../../../shared/catalog';
import { builtInCatalog } from '../catalog/load-catalog';
import { parseDefenderStatus, parseFirewallProfiles } from '../os/windows-security';
import { windowsFactsFromSecurity } from './from-system-facts';
import type { PcFacts, WindowsFacts } from './pc-facts';
import { firewallRuleName } from './plan-windows';
import { planFixes } from './planner';
import {
  assignmentsIn,
  commandsIn,
  commandsNamed,
  encodedScriptOf,
  literal,
  literals,
  literalsOf,
  literalStatement,
  word,
} from '../../../../test/fixtures/os/powershell-reader';
import { scriptOf } from '../os/powershell';

const fixture = (path: string) => readFileSync(`/work/shared/fixtures/${path}`, 'utf8');

const home = 'C:\\Users\\山田 太郎';
const env = {
  LOCALAPPDATA: `${home}\\AppData\\Local`,
  ProgramFiles: 'C:\\Program Files',
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
};
// What production reads: the security probe's parsers on verbatim outputs, made into the planner's facts.
const windowsFacts = (defenderStatus: string): WindowsFacts =>
  windowsFactsFromSecurity(
    {
      platform: 'win32',
      securityCenter: { hasSecurityCenter: true, products: [], errors: [] },
      defender: parseDefenderStatus(defenderStatus) ?? 'unreadable',
      firewallProfiles:
        parseFirewallProfiles(fixture('windows/get-netfirewallprofile-json.json')) ?? 'unreadable',
    },
    false,
  );
const activeDefender = windowsFacts(fixture('windows/get-mpcomputerstatus-docs-example-2013.txt'));
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

/** The script an encoded command carries; the command line's shape is checked on the way. */
function script(argv: readonly string[] | undefined): string {
  return encodedScriptOf(argv ?? []);
}

const programs = [
  `${home}\\AppData\\Local\\ZohoMeeting\\agent.exe`,
  `${home}\\AppData\\Local\\ZohoMeeting\\Zoho Tray.exe`,
  'C:\\Program Files (x86)\\ZohoMeeting\\agent.exe',
  'C:\\Program Files (x86)\\ZohoMeeting\\Zoho Tray.exe',
];

/** Each New-NetFirewallRule of a script, with the parameters that decide what it allows. */
function rulesIn(text: string) {
  return commandsNamed(text, 'New-NetFirewallRule').map((c) => ({
    name: literal(c.params.Name),
    displayName: literal(c.params.DisplayName),
    group: literal(c.params.Group),
    direction: word(c.params.Direction),
    action: word(c.params.Action),
    program: literal(c.params.Program),
    profile: word(c.params.Profile),
  }));
}

describe('planFixes on Windows', () => {
  it('writes one outbound rule per program in our group, with 日本語 and spaces quoted, and undoes exactly those', () => {
    const [fw] = planFixes(small, facts(), 'en');
    const names = programs.map(firewallRuleName);
    expect(fw).toMatchObject({ id: 'windows-firewall', state: 'needed', needsElevation: true });
    expect(fw?.commands).toHaveLength(1);
    const text = script(fw?.commands[0]);
    expect(literalStatement(assignmentsIn(text).get('ErrorActionPreference'))).toBe('Stop');
    expect(rulesIn(text)).toEqual(
      programs.map((program, i) => ({
        name: names[i],
        displayName: `Session Prep: ${program.split('\\').pop()}`,
        group: 'Session Prep',
        direction: 'Outbound',
        action: 'Allow',
        program,
        profile: 'Any',
      })),
    );
    // Each rule is removed first, by its own name, so applying twice leaves one rule per program.
    const commands = commandsIn(text)
      .filter((c) => c.name !== 'Out-Null')
      .map((c) => [c.name, literal(c.params.Name)]);
    expect(commands).toEqual(
      names.flatMap((n) => [
        ['Remove-NetFirewallRule', n],
        ['New-NetFirewallRule', n],
      ]),
    );
    const [undo, ...more] = commandsIn(script(fw?.undoCommands[0]));
    expect(more).toEqual([]);
    expect(undo?.name).toBe('Remove-NetFirewallRule');
    expect(literals(undo?.params.Name)).toEqual(names);
    expect(undoCommandsOf(fw!.journalUndo, dataDir)).toEqual({
      commands: fw?.undoCommands,
      needsElevation: true,
      nftRules: [],
    });
    expect(new Set(names).size).toBe(4);
    expect(names[0]).toMatch(/^SessionPrep-Out-[0-9a-f]{16}$/);
  });

  it('excludes folders and full program paths from Defender, noting what it added so undo removes only that', () => {
    const def = planFixes(small, facts(), 'en')[1];
    const folders = [
      `${home}\\AppData\\Local\\ZohoMeeting`,
      'C:\\Program Files (x86)\\ZohoMeeting',
    ];
    const note = `${home}\\AppData\\Roaming\\Session Prep\\defender-exclusions-added.json`;
    expect(def).toMatchObject({ id: 'windows-defender', state: 'needed' });
    const text = script(def?.commands[0]);
    const assigned = assignmentsIn(text);
    expect(literalStatement(assigned.get('ErrorActionPreference'))).toBe('Stop');
    // Only what Defender does not exclude yet: the lists are filtered against Get-MpPreference.
    const paths = assigned.get('paths');
    const procs = assigned.get('procs');
    expect(paths && literalsOf(paths)).toEqual(folders);
    expect(procs && literalsOf(procs)).toEqual(programs);
    expect(commandsIn(paths ? [paths] : []).map((c) => c.name)).toEqual(['Where-Object']);
    // The note is written before anything is added, so a kill in between still leaves an undo.
    expect(
      commandsIn(text).map((c) => [
        c.name,
        c.params.LiteralPath ?? c.params.ExclusionPath ?? c.params.ExclusionProcess,
      ]),
    ).toEqual([
      ['Get-MpPreference', undefined],
      ['Where-Object', undefined],
      ['Where-Object', undefined],
      ['ConvertTo-Json', undefined],
      ['Set-Content', { kind: 'literal', value: note }],
      ['Add-MpPreference', { kind: 'variable', name: 'paths' }],
      ['Add-MpPreference', { kind: 'variable', name: 'procs' }],
    ]);
    const undo = script(def?.undoCommands[0]);
    expect(
      commandsIn(undo).map((c) => [
        c.name,
        c.params.LiteralPath ?? c.params.ExclusionPath ?? c.params.ExclusionProcess,
      ]),
    ).toEqual([
      ['Test-Path', { kind: 'literal', value: note }],
      ['Get-Content', { kind: 'literal', value: note }],
      ['ConvertFrom-Json', undefined],
      [
        'Remove-MpPreference',
        { kind: 'array', items: [{ kind: 'variable', name: 'added.paths' }] },
      ],
      [
        'Remove-MpPreference',
        { kind: 'array', items: [{ kind: 'variable', name: 'added.processes' }] },
      ],
      ['Remove-Item', { kind: 'literal', value: note }],
    ]);
    expect(undoCommandsOf(def!.journalUndo, dataDir)).toEqual({
      commands: def?.undoCommands,
      needsElevation: true,
      nftRules: [],
    });
  });

  it('keeps a hostile user name whole in every literal: quotes of each kind, $(), a backtick, a semicolon', () => {
    const user = "O'Brien ‘x’ $(calc) `n; & ’";
    const f = {
      ...facts(),
      home: `C:\\Users\\${user}`,
      env: { ...env, LOCALAPPDATA: `C:\\Users\\${user}\\AppData\\Local` },
      dataDir: `C:\\Users\\${user}\\AppData\\Roaming\\Session Prep`,
    };
    const [fw, def] = planFixes(
      catalog({
        executables: ['agent.exe'],
        directories: { win32: ['%LOCALAPPDATA%/ZohoMeeting'] },
      }),
      f,
      'en',
    );
    const program = `C:\\Users\\${user}\\AppData\\Local\\ZohoMeeting\\agent.exe`;
    expect(rulesIn(script(fw?.commands[0])).map((r) => r.program)).toEqual([program]);
    expect(commandsIn(script(fw?.commands[0])).map((c) => c.name)).toEqual([
      'Remove-NetFirewallRule',
      'New-NetFirewallRule',
      'Out-Null',
    ]);
    const defender = script(def?.commands[0]);
    const procs = assignmentsIn(defender).get('procs');
    expect(procs && literalsOf(procs)).toEqual([program]);
    expect(literal(commandsNamed(defender, 'Set-Content')[0]?.params.LiteralPath)).toBe(
      `${f.dataDir}\\defender-exclusions-added.json`,
    );
  });

  it('sends Defender to IT when another antivirus is active (Kaspersky fixture), in Japanese too', () => {
    const kaspersky: WindowsFacts = {
      ...activeDefender,
      defender: windowsFacts(
        fixture('windows/get-ciminstance-msft-mpcomputerstatus-ru-kaspersky-excerpt.txt'),
      ).defender,
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
    expect(visible.scripts).toEqual([scriptOf(fw.commands[0] ?? [])]);
    expect('journalUndo' in visible).toBe(false);
  });
});
