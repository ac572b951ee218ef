import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../fixes/command-runner';
import {
  listOpenWindows,
  listWindowsCommand,
  minimiseAllCommand,
  parseMacJson,
  parseWindowsJson,
  parseWmctrl,
} from './list-windows';

// No verbatim capture of these outputs exists (fixtures/SOURCES.md lists Get-Process … ConvertTo-Json as
// not found); the texts below are constructed in each tool's documented format.
describe('window list parsers', () => {
  it('reads PowerShell JSON: one object or an array, Japanese titles intact', () => {
    expect(
      parseWindowsJson('{"ProcessName":"notepad","MainWindowTitle":"メモ.txt - メモ帳"}'),
    ).toEqual([{ app: 'notepad', title: 'メモ.txt - メモ帳' }]);
    expect(
      parseWindowsJson(
        '[{"ProcessName":"msedge","MainWindowTitle":"受信トレイ"},{"ProcessName":"EXCEL","MainWindowTitle":"給与.xlsx"}]',
      ),
    ).toHaveLength(2);
    expect(parseWindowsJson('')).toEqual([]);
    expect(parseWindowsJson('Get-Process : Access denied')).toBeUndefined();
  });

  it('reads the JXA JSON, keeping apps whose titles are hidden', () => {
    expect(
      parseMacJson('[{"app":"Mail","titles":["Inbox"]},{"app":"Finder","titles":[]}]'),
    ).toEqual([
      { app: 'Mail', title: 'Inbox' },
      { app: 'Finder', title: '' },
    ]);
  });

  it('reads wmctrl -l -x and skips panels on every desktop', () => {
    const out = [
      '0x01e00003 -1 xfce4-panel.Xfce4-panel  pc xfce4-panel',
      '0x03a00003  0 gnome-terminal-server.Gnome-terminal  pc  user@pc: ~/給与',
      '0x04000001  1 Navigator.firefox  pc Inbox — Mozilla Firefox',
    ].join('\n');
    expect(parseWmctrl(out)).toEqual([
      { app: 'Gnome-terminal', title: 'user@pc: ~/給与' },
      { app: 'firefox', title: 'Inbox — Mozilla Firefox' },
    ]);
  });
});

describe('listOpenWindows', () => {
  it('says plainly when wmctrl is missing, and runs nothing on an unknown OS', async () => {
    const calls: string[][] = [];
    const missing: CommandRunner = async (argv) => (
      calls.push([...argv]),
      { code: null, stdout: '', stderr: '', startError: 'ENOENT' }
    );
    expect(await listOpenWindows('linux', missing)).toEqual({ supported: false, why: 'no_tool' });
    expect(calls).toEqual([['wmctrl', '-l', '-x']]);
    expect(await listOpenWindows('aix', missing)).toEqual({ supported: false, why: 'unsupported' });
    expect(calls).toHaveLength(1);
  });

  it('generates the exact commands per OS', () => {
    expect(listWindowsCommand('win32')?.slice(0, 4)).toEqual([
      'powershell.exe',
      '-NoProfile',
      '-NonInteractive',
      '-Command',
    ]);
    expect(listWindowsCommand('win32')?.[4]).toContain(
      'Where-Object { $_.MainWindowTitle } | Select-Object ProcessName, MainWindowTitle | ConvertTo-Json -Compress',
    );
    expect(listWindowsCommand('darwin')?.slice(0, 4)).toEqual([
      'osascript',
      '-l',
      'JavaScript',
      '-e',
    ]);
    expect(minimiseAllCommand('win32')?.[4]).toBe(
      '(New-Object -ComObject Shell.Application).MinimizeAll()',
    );
    expect(minimiseAllCommand('linux')).toEqual(['wmctrl', '-k', 'on']);
  });
});
