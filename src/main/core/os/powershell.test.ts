import { describe, expect, it } from 'vitest';
import {
  commandsIn,
  commandsNamed,
  encodedScriptOf,
  literal,
  literals,
  readScript,
  tokenize,
} from '../../../../test/fixtures/os/powershell-reader';
import { powerShellArgv, powerShellCommand, psQuote, scriptOf } from './powershell';

// Text a path, a display name or a catalog could carry, each piece a way out of a naive literal.
const HOSTILE = [
  "O'Brien",
  "''",
  '‘left’ and ’right‘',
  '‚low‛',
  "'; Remove-Item -Recurse C:\\ #",
  '$(Invoke-Expression calc)',
  '`n `$ `',
  'a; b | c & d',
  'line one\nline two\r\nline three',
  '"double" “curly” „low“',
  '山田 太郎\\デスクトップ',
  '',
];

describe('psQuote: one literal, read back exactly as PowerShell reads it', () => {
  it.each(HOSTILE.map((h) => [JSON.stringify(h), h]))('%s', (_label, text) => {
    const script = `Write-Output ${psQuote(text)}`;
    const statements = readScript(script);
    expect(statements).toHaveLength(1);
    const [command] = commandsIn(statements);
    expect(command?.name).toBe('Write-Output');
    expect(command?.positional).toEqual([{ kind: 'literal', value: text }]);
    // Nothing of the text became a variable, a subexpression or a second command.
    expect(tokenize(script).map((t) => t.kind)).toEqual(['word', 'literal']);
  });

  it('survives being quoted twice, as a step handed to [scriptblock]::Create is', () => {
    const all = HOSTILE.join('\u2019');
    const inner = `New-Item -Path ${psQuote(all)} -Force`;
    const outer = `$e = Invoke-Step ${psQuote(inner)}`;
    const [step] = commandsNamed(outer, 'Invoke-Step');
    const [newItem] = commandsNamed(literal(step?.positional[0]), 'New-Item');
    expect(literal(newItem?.params.Path)).toBe(all);
    expect(newItem?.params.Force).toBe(true);
  });

  it('an unquoted typographic quote would end the literal early: the reader notices', () => {
    // What a quoting function that doubled only the ASCII quote would write.
    const naive = `Write-Output '${'a’; Stop-Computer; ’b'.replace(/'/g, "''")}'`;
    expect(commandsIn(naive).map((c) => c.name)).toContain('Stop-Computer');
  });
});

describe('the PowerShell command line', () => {
  it('is powershell.exe with fixed flags and the script as base64 of UTF-16LE, UTF-8 output first', () => {
    const argv = powerShellArgv(`Get-Item -LiteralPath ${psQuote('C:\\Users\\山田\\a.txt')}`);
    const script = encodedScriptOf(argv);
    const statements = readScript(script);
    expect(statements).toHaveLength(3);
    expect(script.split('\n').slice(0, 2)).toEqual([
      '[Console]::OutputEncoding = [System.Text.Encoding]::UTF8',
      "$ProgressPreference = 'SilentlyContinue'",
    ]);
    const [item] = commandsNamed(script, 'Get-Item');
    expect(literals(item?.params.LiteralPath)).toEqual(['C:\\Users\\山田\\a.txt']);
  });

  it('gives back the caller’s script, for the journal’s older form too, and nothing for another shape', () => {
    const script = "Remove-NetFirewallRule -Name 'x'";
    expect(scriptOf(powerShellArgv(script))).toBe(script);
    expect(scriptOf(powerShellCommand(script, 1000))).toBe(script);
    const older = [
      'powershell.exe',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
      Buffer.from(script, 'utf16le').toString('base64'),
    ];
    expect(scriptOf(older)).toBe(script);
    expect(scriptOf(['powershell.exe', '-Command', script])).toBeUndefined();
    expect(scriptOf([...older.slice(0, 6), 'not base64!'])).toBeUndefined();
    expect(powerShellCommand(script, 1000).timeoutMs).toBe(1000);
  });
});
