import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../../shared/catalog';
import { builtInCatalog } from '../catalog/load-catalog';
import { planFixes } from './planner';
import { decodePowerShell, powerShellCommand } from './powershell';
import {
  bootstrapScript,
  combinedScript,
  elevatedBatchCommand,
  encodedScripts,
  parseBatchOutcomes,
} from './windows-batch-script';
import { unpackElevated } from './windows-batch-testkit';

const home = 'C:\\Users\\山田 太郎';
const dataDir = `${home}\\AppData\\Roaming\\Session Prep`;
const resultPath = `${dataDir}\\elevated-run-0123456789ab.jsonl`;

describe('combinedScript', () => {
  it('runs each item’s steps as literals, rolls a failed one back, and writes one outcome line per item', () => {
    const script = combinedScript(
      [
        {
          id: 'windows-firewall',
          steps: [
            "New-NetFirewallRule -Program 'C:\\Users\\山田 太郎\\O''Brien\\agent.exe'",
            'Write-Output 2',
          ],
          rollback: ["Remove-NetFirewallRule -Name 'SessionPrep-Out-1'"],
          stopAtFirstFailure: true,
        },
        {
          id: 'windows-defender',
          steps: ['Add-MpPreference -ExclusionPath $paths'],
          rollback: [],
          stopAtFirstFailure: false,
        },
      ],
      resultPath,
    );
    expect(script).toBe(
      [
        "$resultPath = 'C:\\Users\\山田 太郎\\AppData\\Roaming\\Session Prep\\elevated-run-0123456789ab.jsonl'",
        "$ErrorActionPreference = 'Continue'",
        'function Invoke-Step([string]$Code) {',
        "  $ErrorActionPreference = 'Stop'",
        '  try { & ([scriptblock]::Create($Code)) | Out-Null; return $null } catch { return [string]$_.Exception.Message }',
        '}',
        'function Write-Outcome([string]$Id, $Failure, $Undone) {',
        '  $line = ConvertTo-Json -Compress -InputObject ([ordered]@{ id = $Id; error = $Failure; undone = $Undone })',
        '  Add-Content -LiteralPath $resultPath -Value $line -Encoding UTF8',
        '}',
        '# windows-firewall',
        '$errors = @()',
        "$e = Invoke-Step 'New-NetFirewallRule -Program ''C:\\Users\\山田 太郎\\O''''Brien\\agent.exe'''; if ($null -ne $e) { $errors += $e }",
        "if ($errors.Count -eq 0) { $e = Invoke-Step 'Write-Output 2'; if ($null -ne $e) { $errors += $e } }",
        "$failure = if ($errors.Count -gt 0) { $errors -join '; ' } else { $null }",
        '$undone = $null',
        'if ($null -ne $failure) {',
        '  $undone = $true',
        "  if ($null -ne (Invoke-Step 'Remove-NetFirewallRule -Name ''SessionPrep-Out-1''')) { $undone = $false }",
        '}',
        "Write-Outcome 'windows-firewall' $failure $undone",
        '# windows-defender',
        '$errors = @()',
        "$e = Invoke-Step 'Add-MpPreference -ExclusionPath $paths'; if ($null -ne $e) { $errors += $e }",
        "$failure = if ($errors.Count -gt 0) { $errors -join '; ' } else { $null }",
        '$undone = $null',
        "Write-Outcome 'windows-defender' $failure $undone",
      ].join('\n'),
    );
  });
});

describe('elevatedBatchCommand', () => {
  it('is one Start-Process -Verb RunAs -Wait of an encoded bootstrap that carries the whole script, compressed', () => {
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
    const unpacked = unpackElevated(argv);
    expect(unpacked.outer).toBe(
      [
        `$inner = '${unpacked.bootstrap.replace(/'/g, "''")}'`,
        '$encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($inner))',
        "$p = Start-Process -FilePath 'powershell.exe' -ArgumentList @('-NoProfile','-NonInteractive','-ExecutionPolicy','Bypass','-EncodedCommand',$encoded) -Verb RunAs -Wait -PassThru -WindowStyle Hidden",
        'exit $p.ExitCode',
      ].join('\n'),
    );
    expect(unpacked.bootstrap).toBe(bootstrapScript(unpacked.payload));
    expect(unpacked.bootstrap.split('\n')).toEqual([
      "$ErrorActionPreference = 'Stop'",
      `$zip = [Convert]::FromBase64String('${unpacked.payload}')`,
      '$gzip = New-Object IO.Compression.GZipStream((New-Object IO.MemoryStream(,$zip)), [IO.Compression.CompressionMode]::Decompress)',
      '$text = (New-Object IO.StreamReader($gzip, [Text.Encoding]::UTF8)).ReadToEnd()',
      '& ([scriptblock]::Create($text))',
    ]);
    expect(unpacked.combined).toBe(script);
    expect(unpacked.resultPath).toBe(resultPath);
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
      rollback: encodedScripts(c.journalUndo.commands) ?? [],
      stopAtFirstFailure: true,
    }));
    const argv = elevatedBatchCommand(combinedScript(items, resultPath));
    const { combined, bootstrap, ids } = unpackElevated(argv);
    expect(ids).toEqual(['windows-firewall', 'windows-defender']);
    const fw = decodePowerShell(plan[0]?.commands[0]?.[6] ?? '');
    expect(fw).toContain("-Program 'C:\\Users\\山田 太郎\\AppData\\Local\\ZohoMeeting\\agent.exe'");
    expect(fw).toContain("-Program 'C:\\Program Files (x86)\\ZohoMeeting\\ZohoTray.exe'");
    expect(fw).not.toContain('%');
    // Each step is the planner's script, whole, as one literal.
    expect(combined).toContain(
      `$e = Invoke-Step '${fw.replace(/'/g, "''")}'; if ($null -ne $e) { $errors += $e }`,
    );
    expect(combined).toContain(
      `Invoke-Step '${decodePowerShell(plan[1]?.journalUndo.commands[0]?.[6] ?? '').replace(/'/g, "''")}'`,
    );
    // The non-elevated command line, and the elevated one Start-Process builds from the bootstrap.
    const outerLine = argv.join(' ').length;
    const elevatedLine = [
      'powershell.exe',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
      Buffer.from(bootstrap, 'utf16le').toString('base64'),
    ].join(' ').length;
    expect(outerLine).toBeLessThan(32_767);
    expect(elevatedLine).toBeLessThan(32_767);
  });
});

describe('encodedScripts', () => {
  it('decodes our encoded PowerShell commands and refuses any other shape', () => {
    expect(
      encodedScripts([powerShellCommand("Write-Output 'a b'"), powerShellCommand('2')]),
    ).toEqual(["Write-Output 'a b'", '2']);
    expect(encodedScripts([['powershell.exe', '-Command', 'x']])).toBeUndefined();
    expect(encodedScripts([['cmd.exe', '/c', 'x', 'y', 'z', 'w', 'v']])).toBeUndefined();
    expect(
      encodedScripts([[...powerShellCommand('x').slice(0, 6), 'not base64!']]),
    ).toBeUndefined();
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
