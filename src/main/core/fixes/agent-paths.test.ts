import { describe, expect, it } from 'vitest';
import { expandAgentPath, type PathContext } from './agent-paths';

const win: PathContext = {
  platform: 'win32',
  home: 'C:\\Users\\山田 太郎',
  env: {
    LocalAppData: 'C:\\Users\\山田 太郎\\AppData\\Local',
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    SystemRoot: 'C:\\Windows',
    EVIL: 'C:\\Users\\山田 太郎\\..\\..\\Windows',
  },
};
const mac: PathContext = { platform: 'darwin', home: '/Users/やまだ', env: {} };
const linux: PathContext = { platform: 'linux', home: '/home/taro', env: {} };

describe('expandAgentPath', () => {
  it.each([
    ['%LOCALAPPDATA%/ZohoMeeting', 'C:\\Users\\山田 太郎\\AppData\\Local\\ZohoMeeting'],
    ['%localappdata%\\ZohoMeeting\\', 'C:\\Users\\山田 太郎\\AppData\\Local\\ZohoMeeting'],
    ['%PROGRAMFILES(X86)%/ZohoMeeting', 'C:\\Program Files (x86)\\ZohoMeeting'],
    ['%ProgramFiles%/ZohoMeeting', 'C:\\Program Files\\ZohoMeeting'],
    ['%USERPROFILE%/Zoho Folder/x', 'C:\\Users\\山田 太郎\\Zoho Folder\\x'],
  ])('expands %s on Windows', (raw, expected) => {
    expect(expandAgentPath(raw, win)).toEqual({ ok: true, path: expected });
  });

  it('falls back to the profile for LOCALAPPDATA when the variable is missing', () => {
    expect(
      expandAgentPath('%LOCALAPPDATA%/ZohoMeeting', {
        ...win,
        env: { ProgramFiles: 'C:\\Program Files' },
      }),
    ).toEqual({
      ok: true,
      path: 'C:\\Users\\山田 太郎\\AppData\\Local\\ZohoMeeting',
    });
  });

  it.each([
    ['%SYSTEMROOT%/System32', 'outside_allowed'],
    ['C:/Windows/ZohoMeeting', 'outside_allowed'],
    ['%PROGRAMFILES%', 'outside_allowed'],
    ['%PROGRAMFILES%/../Windows', 'dot_segments'],
    ['%EVIL%/x', 'dot_segments'],
    ['%NOPE%/ZohoMeeting', 'unknown_variable'],
    ['ZohoMeeting', 'not_absolute'],
    ['\\\\server\\share\\ZohoMeeting', 'not_absolute'],
    ['\\ZohoMeeting', 'not_absolute'],
    ['C:\\Program Files Evil\\x', 'outside_allowed'],
  ])('refuses %s on Windows (%s)', (raw, reason) => {
    expect(expandAgentPath(raw, win)).toEqual({ ok: false, reason, raw });
  });

  it('expands ~ on macOS, keeps spaces and non-ASCII, and refuses system folders', () => {
    expect(expandAgentPath('~/Library/Application Support/ZohoMeetingNative', mac)).toEqual({
      ok: true,
      path: '/Users/やまだ/Library/Application Support/ZohoMeetingNative',
    });
    expect(expandAgentPath('/Library/Application Support/ZohoAssist', mac)).toEqual({
      ok: true,
      path: '/Library/Application Support/ZohoAssist',
    });
    expect(expandAgentPath('/System/Library/x', mac)).toMatchObject({
      ok: false,
      reason: 'outside_allowed',
    });
    expect(expandAgentPath('~/../other', mac)).toMatchObject({ ok: false, reason: 'dot_segments' });
    expect(expandAgentPath('~other/x', mac)).toMatchObject({ ok: false, reason: 'not_absolute' });
  });

  it('accepts program folders on Linux and refuses /etc', () => {
    expect(expandAgentPath('/usr/local/ZohoAssist', linux)).toEqual({
      ok: true,
      path: '/usr/local/ZohoAssist',
    });
    expect(expandAgentPath('/etc/ZohoAssist', linux)).toMatchObject({
      ok: false,
      reason: 'outside_allowed',
    });
    expect(expandAgentPath('/usr/localevil/x', linux)).toMatchObject({
      ok: false,
      reason: 'outside_allowed',
    });
  });
});
