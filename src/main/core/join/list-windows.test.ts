import { describe, expect, it } from 'vitest';
import { fakeRunner, notStarted } from '../../../../test/fixtures/os/fake-runner';
import { commandsNamed, encodedScriptOf } from '../../../../test/fixtures/os/powershell-reader';
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
    const missing = fakeRunner(() => notStarted('ENOENT'));
    const calls = missing.calls;
    expect(await listOpenWindows('linux', missing)).toEqual({ supported: false, why: 'no_tool' });
    expect(calls).toEqual([['wmctrl', '-l', '-x']]);
    expect(await listOpenWindows('aix', missing)).toEqual({ supported: false, why: 'unsupported' });
    expect(calls).toHaveLength(1);
  });

  it('generates the exact commands per OS', () => {
    // Window titles are read through the one PowerShell builder (UTF-8 output, -EncodedCommand).
    const list = encodedScriptOf(listWindowsCommand('win32') ?? []);
    expect(commandsNamed(list, 'Get-Process')).toHaveLength(1);
    expect(commandsNamed(list, 'Where-Object')[0]?.positional).toEqual([
      {
        kind: 'block',
        statements: [
          {
            kind: 'pipeline',
            elements: [
              { kind: 'expression', values: [{ kind: 'variable', name: '_.MainWindowTitle' }] },
            ],
          },
        ],
      },
    ]);
    expect(commandsNamed(list, 'Select-Object')[0]?.positional).toEqual([
      { kind: 'word', value: 'ProcessName' },
      { kind: 'word', value: 'MainWindowTitle' },
    ]);
    expect(commandsNamed(list, 'ConvertTo-Json')[0]?.params).toEqual({ Compress: true });
    expect(listWindowsCommand('darwin')?.slice(0, 4)).toEqual([
      'osascript',
      '-l',
      'JavaScript',
      '-e',
    ]);
    const minimise = encodedScriptOf(minimiseAllCommand('win32') ?? []);
    expect(commandsNamed(minimise, 'New-Object')[0]?.params).toEqual({
      ComObject: { kind: 'word', value: 'Shell.Application' },
    });
    expect(minimiseAllCommand('linux')).toEqual(['wmctrl', '-k', 'on']);
  });
});
