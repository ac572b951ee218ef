import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitWindowsCommandLine } from '../../../../test/fixtures/os/windows-command-line';
import { elevated, isElevationRefusal, windowsArgument } from './elevation';
import {
  commandsNamed,
  encodedScriptOf,
  literal,
  word,
} from '../../../../test/fixtures/os/powershell-reader';
import { powerShellArgv } from './powershell';

describe('elevated', () => {
  it('leaves a privileged process’s command alone', () => {
    expect(elevated(['nft', 'list', 'ruleset'], 'linux', true)).toEqual(['nft', 'list', 'ruleset']);
  });

  it('uses pkexec on Linux', () => {
    expect(elevated(['nft', 'add', 'rule', 'inet', 't', 'c'], 'linux', false)).toEqual([
      'pkexec',
      'nft',
      'add',
      'rule',
      'inet',
      't',
      'c',
    ]);
  });

  it('passes the arguments to a fixed AppleScript on macOS, never into its text', () => {
    const argv = elevated(
      ['/usr/libexec/ApplicationFirewall/socketfilterfw', '--add', '/Users/やまだ/A "b" $(x).app'],
      'darwin',
      false,
    );
    const sep = argv.indexOf('--');
    expect(argv.slice(sep + 1)).toEqual([
      '/usr/libexec/ApplicationFirewall/socketfilterfw',
      '--add',
      '/Users/やまだ/A "b" $(x).app',
    ]);
    expect(argv.slice(0, sep).join(' ')).not.toContain('やまだ');
    expect(argv.slice(0, sep)).toContain('do shell script cmd with administrator privileges');
    expect(argv.slice(0, sep)).toContain('set cmd to cmd & quoted form of (a as text) & " "');
  });

  it('runs the encoded command through UAC on Windows and returns its exit code', () => {
    const inner = powerShellArgv("New-NetFirewallRule -Program 'C:\\Users\\山田 太郎\\a.exe'");
    const outer = encodedScriptOf(elevated(inner, 'win32', false));
    const [start, ...others] = commandsNamed(outer, 'Start-Process');
    expect(others).toEqual([]);
    expect(literal(start?.params.FilePath)).toBe('powershell.exe');
    expect(splitWindowsCommandLine(literal(start?.params.ArgumentList) ?? '')).toEqual(
      inner.slice(1),
    );
    expect(word(start?.params.Verb)).toBe('RunAs');
    expect([start?.params.Wait, start?.params.PassThru]).toEqual([true, true]);
    expect(commandsNamed(outer, 'exit')[0]?.positional).toEqual([
      { kind: 'variable', name: 'p.ExitCode' },
    ]);
  });

  // Issue 14: an argument with a space made elevation throw and stopped the undo loop.
  it('quotes every argument on Windows, so a space, a quote or backslashes arrive whole', () => {
    const args = ['C:\\Users\\山田 太郎\\a.exe', 'say "hi"', '', 'end\\', 'a\\\\"b', '\t'];
    const outer = encodedScriptOf(elevated(['reg.exe', ...args], 'win32', false));
    const [start] = commandsNamed(outer, 'Start-Process');
    expect(literal(start?.params.FilePath)).toBe('reg.exe');
    expect(splitWindowsCommandLine(literal(start?.params.ArgumentList) ?? '')).toEqual(args);
  });

  it('round-trips any argument through the Windows command-line rules', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }).filter((a) => !a.includes('\0'))),
        (args) => {
          const line = args.map(windowsArgument).join(' ');
          expect(splitWindowsCommandLine(line)).toEqual(args);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('isElevationRefusal', () => {
  it('tells pkexec’s and UAC’s “no” from a command that ran and failed', () => {
    expect(isElevationRefusal('Error executing command as another user: Not authorized')).toBe(
      true,
    );
    expect(isElevationRefusal('Request dismissed')).toBe(true);
    expect(isElevationRefusal('The operation was canceled by the user.')).toBe(true);
    // Start-Process on a Japanese Windows, as users have pasted it.
    expect(isElevationRefusal('この操作はユーザーによって取り消されました。')).toBe(true);
    expect(isElevationRefusal('Error: Could not process rule: No such file or directory')).toBe(
      false,
    );
  });
});
