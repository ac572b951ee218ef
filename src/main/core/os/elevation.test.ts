import { describe, expect, it } from 'vitest';
import { elevated, isElevationRefusal } from './elevation';
import {
  commandsNamed,
  encodedScriptOf,
  literal,
  literals,
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
    expect(literals(start?.params.ArgumentList)).toEqual(inner.slice(1));
    expect(word(start?.params.Verb)).toBe('RunAs');
    expect([start?.params.Wait, start?.params.PassThru]).toEqual([true, true]);
    expect(commandsNamed(outer, 'exit')[0]?.positional).toEqual([
      { kind: 'variable', name: 'p.ExitCode' },
    ]);
  });

  it('refuses (as a bug) to elevate on Windows an argument Start-Process would split', () => {
    expect(() => elevated(['cmd.exe', 'a b'], 'win32', false)).toThrow(/needs quoting/);
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
