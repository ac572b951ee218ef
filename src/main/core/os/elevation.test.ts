import { describe, expect, it } from 'vitest';
import { elevated } from './elevation';
import { decodePowerShell, powerShellCommand } from './powershell';

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
    const inner = powerShellCommand("New-NetFirewallRule -Program 'C:\\Users\\山田 太郎\\a.exe'");
    const outer = elevated(inner, 'win32', false);
    expect(outer.slice(0, 4)).toEqual([
      'powershell.exe',
      '-NoProfile',
      '-NonInteractive',
      '-EncodedCommand',
    ]);
    expect(decodePowerShell(outer[4] ?? '')).toBe(
      `$p = Start-Process -FilePath 'powershell.exe' -ArgumentList @('-NoProfile','-NonInteractive','-ExecutionPolicy','Bypass','-EncodedCommand','${inner[6]}') -Verb RunAs -Wait -PassThru -WindowStyle Hidden; exit $p.ExitCode`,
    );
  });

  it('refuses (as a bug) to elevate on Windows an argument Start-Process would split', () => {
    expect(() => elevated(['cmd.exe', 'a b'], 'win32', false)).toThrow(/needs quoting/);
  });
});
