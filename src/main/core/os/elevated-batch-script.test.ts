import { undoCommandsOf } from '../fixes/undo-commands';
import { describe, expect, it } from 'vitest';
import { unpackElevated } from '../../../../test/fixtures/os/elevated-batch-player';
import {
  commandsIn,
  commandsNamed,
  encodedScriptOf,
  literal,
  readScript,
  word,
} from '../../../../test/fixtures/os/powershell-reader';
import { catalogSchema } from '../../../shared/catalog';
import { builtInCatalog } from '../catalog/load-catalog';
import { planFixes } from '../fixes/planner';
import {
  bootstrapScript,
  combinedScript,
  elevatedBatchCommand,
  encodedScripts,
  parseBatchOutcomes,
} from './elevated-batch-script';
import { powerShellArgv, psQuote, scriptOf } from './powershell';

const home = 'C:\\Users\\山田 太郎';
const dataDir = `${home}\\AppData\\Roaming\\Session Prep`;
// A data folder a user name can make hostile: quotes of every kind, $(), a backtick, a semicolon.
const hostileDir = "C:\\Users\\O'Brien ‘x’ $(calc) `n; &\\AppData\\Roaming\\Session Prep";
const resultPath = `${dataDir}\\elevated-run-0123456789ab.jsonl`;

const firewallStep = `New-NetFirewallRule -Program ${psQuote(`${home}\\O'Brien\\agent.exe`)}`;

describe('combinedScript', () => {
  const items = [
    {
      id: 'windows-firewall',
      steps: [firewallStep, 'Write-Output 2'],
      rollback: ["Remove-NetFirewallRule -Name 'SessionPrep-Out-1'"],
      stopAtFirstFailure: true,
    },
    {
      id: 'windows-defender',
      steps: ['Add-MpPreference -ExclusionPath $paths'],
      rollback: [],
      stopAtFirstFailure: false,
    },
  ];

  it('hands each step and each rollback to Invoke-Step as one literal, exactly, item by item', () => {
    const script = combinedScript(items, resultPath);
    const { unpackedItems, unpackedPath } = (() => {
      const argv = elevatedBatchCommand(script);
      const u = unpackElevated(argv);
      return { unpackedItems: u.items, unpackedPath: u.resultPath };
    })();
    expect(unpackedPath).toBe(resultPath);
    expect(unpackedItems).toEqual([
      {
        id: 'windows-firewall',
        steps: [firewallStep, 'Write-Output 2'],
        rollback: ["Remove-NetFirewallRule -Name 'SessionPrep-Out-1'"],
      },
      { id: 'windows-defender', steps: ['Add-MpPreference -ExclusionPath $paths'], rollback: [] },
    ]);
    // The step, read again as the scriptblock it becomes, is the planner's command with its path whole.
    const [rule] = commandsNamed(unpackedItems[0]?.steps[0] ?? '', 'New-NetFirewallRule');
    expect(literal(rule?.params.Program)).toBe(`${home}\\O'Brien\\agent.exe`);
  });

  it('stops an item at its first failure only when asked, and rolls back only after a failure', () => {
    const statements = readScript(combinedScript(items, resultPath));
    const ifs = statements.filter((s) => s.kind === 'control' && s.keyword === 'if');
    // The second firewall step is guarded by "no error yet"; the defender item has one step, unguarded.
    const guarded = ifs.map((s) => commandsNamed([s], 'Invoke-Step')).filter((c) => c.length > 0);
    expect(guarded.map((calls) => calls.map((c) => literal(c.positional[0])))).toEqual([
      ['Write-Output 2'],
      ["Remove-NetFirewallRule -Name 'SessionPrep-Out-1'"],
    ]);
  });

  it('writes each outcome with Add-Content to the result path it was given, hostile folder included', () => {
    const script = combinedScript(items, `${hostileDir}\\r.jsonl`);
    const [add] = commandsNamed(script, 'Add-Content');
    expect(add?.params.LiteralPath).toEqual({ kind: 'variable', name: 'resultPath' });
    expect(word(add?.params.Encoding)).toBe('UTF8');
    expect(unpackElevated(elevatedBatchCommand(script)).resultPath).toBe(`${hostileDir}\\r.jsonl`);
    expect(commandsNamed(script, 'Write-Outcome').map((c) => literal(c.positional[0]))).toEqual([
      'windows-firewall',
      'windows-defender',
    ]);
  });
});

describe('elevatedBatchCommand', () => {
  it('is one Start-Process -Verb RunAs -Wait of an encoded bootstrap that inflates and runs the whole script', () => {
    const script = combinedScript(
      [
        {
          id: 'a',
          steps: ["Write-Output '日本語 %USERPROFILE%'"],
          rollback: [],
          stopAtFirstFailure: true,
        },
      ],
      resultPath,
    );
    const argv = elevatedBatchCommand(script);
    const outer = encodedScriptOf(argv);
    const [start, ...others] = commandsNamed(outer, 'Start-Process');
    expect(others).toEqual([]);
    expect(literal(start?.params.FilePath)).toBe('powershell.exe');
    expect(word(start?.params.Verb)).toBe('RunAs');
    expect([start?.params.Wait, start?.params.PassThru]).toEqual([true, true]);
    expect(word(start?.params.WindowStyle)).toBe('Hidden');
    const list = start?.params.ArgumentList;
    const items = list !== undefined && list !== true && list.kind === 'array' ? list.items : [];
    expect(items.slice(0, 5).map((i) => literal(i))).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
    ]);
    expect(items.slice(5)).toEqual([{ kind: 'variable', name: 'encoded' }]);
    expect(commandsNamed(outer, 'exit')[0]?.positional).toEqual([
      { kind: 'variable', name: 'p.ExitCode' },
    ]);
    const unpacked = unpackElevated(argv);
    expect(unpacked.combined).toBe(script);
    // The bootstrap runs the inflated text as a script block, and nothing else.
    expect(commandsIn(unpacked.bootstrap).map((c) => c.name)).toEqual([
      'New-Object',
      'New-Object',
      'New-Object',
      '&',
    ]);
    expect(() => bootstrapScript('not base64!')).toThrow(/not base64/);
  });

  it('carries the real plan’s changes (%VAR% expanded, spaces, 日本語) exactly, within Windows’ 32,767-character command line', () => {
    const env = {
      LOCALAPPDATA: `${home}\\AppData\\Local`,
      ProgramFiles: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    };
    const windows = {
      firewallEnabled: true,
      defender: {
        isActive: true,
        runningMode: 'Normal',
        isPolicyManaged: false,
        isTamperProtected: false,
      },
      otherAntivirus: [],
    };
    const plan = planFixes(
      catalogSchema.parse(builtInCatalog()),
      { platform: 'win32', isPrivileged: false, home, env, dataDir, windows },
      'en',
    );
    expect(plan.map((c) => [c.id, c.state])).toEqual([
      ['windows-firewall', 'needed'],
      ['windows-defender', 'needed'],
    ]);
    const items = plan.map((c) => ({
      id: c.id,
      steps: encodedScripts(c.commands) ?? [],
      rollback: encodedScripts(undoCommandsOf(c.journalUndo, dataDir).commands) ?? [],
      stopAtFirstFailure: true,
    }));
    const argv = elevatedBatchCommand(combinedScript(items, resultPath));
    const unpacked = unpackElevated(argv);
    // Each item's steps and rollback are the planner's scripts, whole.
    expect(unpacked.items).toEqual(
      plan.map((c) => ({
        id: c.id,
        steps: c.commands.map((a) => scriptOf(a)),
        rollback: undoCommandsOf(c.journalUndo, dataDir).commands.map((a) => scriptOf(a)),
      })),
    );
    const programs = commandsNamed(unpacked.items[0]?.steps[0] ?? '', 'New-NetFirewallRule').map(
      (c) => literal(c.params.Program),
    );
    expect(programs).toContain(`${home}\\AppData\\Local\\ZohoMeeting\\agent.exe`);
    expect(programs).toContain('C:\\Program Files (x86)\\ZohoMeeting\\ZohoTray.exe');
    expect(programs.join('')).not.toContain('%');
    // The non-elevated command line, and the elevated one Start-Process builds from the bootstrap.
    const elevatedLine =
      powerShellArgv('').slice(0, 6).join(' ').length +
      1 +
      Buffer.from(unpacked.bootstrap, 'utf16le').toString('base64').length;
    expect(argv.join(' ').length).toBeLessThan(32_767);
    expect(elevatedLine).toBeLessThan(32_767);
  });
});

describe('encodedScripts', () => {
  it('gives back the scripts of our encoded PowerShell commands and refuses any other shape', () => {
    expect(encodedScripts([powerShellArgv("Write-Output 'a b'"), powerShellArgv('2')])).toEqual([
      "Write-Output 'a b'",
      '2',
    ]);
    expect(encodedScripts([['powershell.exe', '-Command', 'x']])).toBeUndefined();
    expect(encodedScripts([['cmd.exe', '/c', 'x', 'y', 'z', 'w', 'v']])).toBeUndefined();
    expect(encodedScripts([[...powerShellArgv('x').slice(0, 6), 'not base64!']])).toBeUndefined();
  });
});

describe('parseBatchOutcomes', () => {
  it('reads Windows PowerShell 5.1’s lines (BOM, CRLF, escaped JSON) and skips a line cut short', () => {
    const text =
      '\uFEFF{"id":"windows-firewall","error":null,"undone":null}\r\n{"id":"windows-defender","error":"\\u0027C:\\\\Users\\\\山田\\u0027 access denied","undone":true}\r\n{"id":"x","err';
    expect([...parseBatchOutcomes(text).values()]).toEqual([
      { id: 'windows-firewall', error: null, undone: null },
      { id: 'windows-defender', error: "'C:\\Users\\山田' access denied", undone: true },
    ]);
    expect(parseBatchOutcomes('').size).toBe(0);
  });
});
