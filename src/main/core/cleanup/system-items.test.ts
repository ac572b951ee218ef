import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import type { CommandResult, CommandRunner } from '../fixes/command-runner';
import { decodePowerShell } from '../fixes/powershell';
import { finderTrashCommand, recycleBinCommand } from '../trash/os-trash-commands';
import type { CleanupContext } from './cleanup-context';
import {
  matchAgentProcess,
  parsePs,
  parseWindowsProcesses,
  taskkillCommand,
  windowsProcessesCommand,
} from './find-processes';
import {
  dpkgStatusCommand,
  findLinuxItems,
  findMacItems,
  findWindowsItems,
  parseRegString,
  serviceRemoveCommand,
  splitUninstallString,
  uninstallerCommand,
  unitQueryCommand,
} from './system-items';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../../shared/fixtures/windows/${name}`, import.meta.url), 'utf8');

function fakeRun(answers: Record<string, CommandResult>): {
  run: CommandRunner;
  calls: string[][];
} {
  const calls: string[][] = [];
  const run: CommandRunner = async (argv) => {
    calls.push([...argv]);
    return (
      answers[argv.join(' ')] ?? {
        code: 1,
        stdout: '',
        stderr: 'ERROR: The system was unable to find the specified registry key or value.',
      }
    );
  };
  return { run, calls };
}

function ctx(platform: CleanupContext['platform'], run: CommandRunner): CleanupContext {
  return {
    catalog: builtInCatalog(),
    lang: 'en',
    platform,
    env: {},
    home: 'C:\\Users\\taro',
    uid: 501,
    selfPid: 1,
    isPrivileged: false,
    dataDir: '/nonexistent',
    run,
    procDir: '/proc',
    stopGraceMs: 0,
  };
}

describe('Windows: registry and service commands, compared exactly', () => {
  it('queries the catalog’s service, uninstall entries and URL handlers under HKCU', async () => {
    const { run, calls } = fakeRun({});
    expect(await findWindowsItems(ctx('win32', run), [])).toEqual([]);
    expect(calls).toEqual([
      ['sc.exe', 'query', 'Zoho Assist-Remote Support'],
      [
        'reg',
        'query',
        'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Zoho Assist',
        '/v',
        'UninstallString',
      ],
      [
        'reg',
        'query',
        'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Zoho Assist Customer Plugin',
        '/v',
        'UninstallString',
      ],
      ['reg', 'query', 'HKCU\\Software\\Classes\\zohoassistlaunch'],
      ['reg', 'query', 'HKCU\\Software\\Classes\\zohoassistlaunchv2'],
    ]);
  });

  it('turns what it finds into exact removal commands', async () => {
    const folder = 'C:\\Users\\taro\\AppData\\Local\\ZohoMeeting';
    // Constructed in `reg query /v` layout (no verbatim capture of these keys exists).
    const { run } = fakeRun({
      'sc.exe query Zoho Assist-Remote Support': {
        code: 0,
        stdout:
          'SERVICE_NAME: Zoho Assist-Remote Support\r\n        STATE              : 4  RUNNING\r\n',
        stderr: '',
      },
      'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Zoho Assist /v UninstallString':
        {
          code: 0,
          stdout: `\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Zoho Assist\r\n    UninstallString    REG_SZ    "${folder}\\uninstall.exe" /S\r\n\r\n`,
          stderr: '',
        },
      'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Zoho Assist Customer Plugin /v UninstallString':
        {
          code: 0,
          stdout: '    UninstallString    REG_SZ    "C:\\Windows\\Temp\\evil.exe" /S\r\n',
          stderr: '',
        },
      'reg query HKCU\\Software\\Classes\\zohoassistlaunch': {
        code: 0,
        stdout: 'HKEY_CURRENT_USER\\Software\\Classes\\zohoassistlaunch\r\n',
        stderr: '',
      },
    });
    const items = await findWindowsItems(ctx('win32', run), [folder]);
    expect(items.map((i) => [i.id, i.action, i.blocker])).toEqual([
      [
        'service:Zoho Assist-Remote Support',
        {
          type: 'commands',
          commands: [serviceRemoveCommand('Zoho Assist-Remote Support')],
          elevate: true,
        },
        undefined,
      ],
      [
        'uninstall:Zoho Assist',
        { type: 'commands', commands: [[`${folder}\\uninstall.exe`, '/S']], elevate: false },
        undefined,
      ],
      ['uninstall:Zoho Assist Customer Plugin', { type: 'none' }, 'uninstaller_outside'],
      [
        'url:zohoassistlaunch',
        {
          type: 'commands',
          commands: [['reg', 'delete', 'HKCU\\Software\\Classes\\zohoassistlaunch', '/f']],
          elevate: false,
        },
        undefined,
      ],
    ]);
  });

  it('stops and deletes the service in an encoded script with the name quoted', () => {
    const argv = serviceRemoveCommand('Zoho Assist-Remote Support');
    expect(argv.slice(0, 6)).toEqual([
      'powershell.exe',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
    ]);
    expect(decodePowerShell(argv[6] ?? '')).toBe(
      "Stop-Service -Name 'Zoho Assist-Remote Support' -Force -ErrorAction SilentlyContinue; sc.exe delete 'Zoho Assist-Remote Support'; exit $LASTEXITCODE",
    );
  });

  it('sends folders to the Recycle Bin, never deleting, with a quote in the path doubled', () => {
    const argv = recycleBinCommand("C:\\Users\\o'brien\\AppData\\Local\\ZohoMeeting", 'folder');
    expect(decodePowerShell(argv[6] ?? '')).toBe(
      '$ErrorActionPreference = "Stop"; Add-Type -AssemblyName Microsoft.VisualBasic; ' +
        "[Microsoft.VisualBasic.FileIO.FileSystem]::DeleteDirectory('C:\\Users\\o''brien\\AppData\\Local\\ZohoMeeting', 'OnlyErrorDialogs', 'SendToRecycleBin')",
    );
  });

  it('ends a process with taskkill, lists processes with their paths, and tells the agent’s agent.exe from another', () => {
    expect(taskkillCommand(4242)).toEqual(['taskkill.exe', '/PID', '4242', '/T', '/F']);
    expect(decodePowerShell(windowsProcessesCommand()[6] ?? '')).toBe(
      'Get-CimInstance Win32_Process | Select-Object ProcessId, Name, ExecutablePath | ConvertTo-Json -Compress',
    );
    // Constructed in ConvertTo-Json's shape (no verbatim capture of Win32_Process JSON exists).
    const list = parseWindowsProcesses(
      '[{"ProcessId":4,"Name":"System","ExecutablePath":null},' +
        '{"ProcessId":4242,"Name":"agent.exe","ExecutablePath":"C:\\\\Users\\\\taro\\\\AppData\\\\Local\\\\ZohoMeeting\\\\agent.exe"},' +
        '{"ProcessId":5000,"Name":"agent.exe","ExecutablePath":"C:\\\\Program Files\\\\OtherVendor\\\\agent.exe"},' +
        '{"ProcessId":6000,"Name":"ZohoMeeting.exe"}]',
    );
    expect(list).toEqual([
      { pid: 4, name: 'System', path: undefined },
      {
        pid: 4242,
        name: 'agent.exe',
        path: 'C:\\Users\\taro\\AppData\\Local\\ZohoMeeting\\agent.exe',
      },
      { pid: 5000, name: 'agent.exe', path: 'C:\\Program Files\\OtherVendor\\agent.exe' },
      { pid: 6000, name: 'ZohoMeeting.exe', path: undefined },
    ]);
    const folders = ['C:\\Users\\taro\\AppData\\Local\\ZohoMeeting'];
    const execs = builtInCatalog().agent.executables;
    expect((list ?? []).map((p) => matchAgentProcess(p, execs, folders, 'win32'))).toEqual([
      undefined,
      'inside',
      'named_elsewhere',
      'named',
    ]);
  });
});

describe('UninstallString handling', () => {
  it('splits quoted and unquoted forms (as in a real uninstall listing)', () => {
    const entries = JSON.parse(fixture('ps-uninstall-itemproperty-json-compress.json')) as {
      UninstallString?: string | null;
    }[];
    const strings = entries
      .map((e) => e.UninstallString)
      .filter((s): s is string => typeof s === 'string');
    const edge = strings.find((s) => s.includes('--uninstall'));
    expect(edge && splitUninstallString(edge)?.[0]).toMatch(/setup\.exe$/i);
    expect(edge && splitUninstallString(edge)).toContain('--uninstall');
    const msi = strings.find((s) => /^MsiExec\.exe/i.test(s));
    expect(msi && uninstallerCommand(msi, [])).toEqual([
      'msiexec.exe',
      '/x',
      msi?.match(/\{[0-9A-F-]{36}\}/i)?.[0],
    ]);
  });

  it('refuses an uninstaller outside the agent’s folders', () => {
    expect(
      uninstallerCommand('C:\\Windows\\System32\\cmd.exe /c del', [
        'C:\\Program Files (x86)\\ZohoMeeting',
      ]),
    ).toBe('outside');
    expect(
      uninstallerCommand('"C:\\Program Files (x86)\\ZohoMeeting\\..\\..\\Windows\\x.exe"', [
        'C:\\Program Files (x86)\\ZohoMeeting',
      ]),
    ).toBe('outside');
  });

  it('reads REG_SZ values from a real reg query capture', () => {
    expect(
      parseRegString(fixture('reg-currentversion-v-releaseid-win10-1803.txt'), 'ReleaseId'),
    ).toBe('1803');
  });
});

describe('macOS and Linux commands', () => {
  it('trashes through Finder with the path as an argument, not as script text', () => {
    expect(finderTrashCommand('/Users/taro/Library/Application Support/ZohoMeetingNative')).toEqual(
      [
        '/usr/bin/osascript',
        '-e',
        'on run argv',
        '-e',
        'tell application "Finder" to delete (POSIX file (item 1 of argv) as alias)',
        '-e',
        'end run',
        '--',
        '/Users/taro/Library/Application Support/ZohoMeetingNative',
      ],
    );
  });

  it('finds a per-user launch agent by its label, unloads it and moves its plist to the Trash', async () => {
    const home = mkdtempSync(join(tmpdir(), 'sp-mac-'));
    try {
      mkdirSync(join(home, 'Library', 'LaunchAgents'), { recursive: true });
      const plist = join(home, 'Library', 'LaunchAgents', 'com.zoho.assist.PerUserAgent.plist');
      writeFileSync(plist, '<plist/>');
      const { run } = fakeRun({});
      const items = await findMacItems({ ...ctx('darwin', run), home });
      expect(items).toEqual([
        {
          id: `launch:${plist}`,
          kind: 'launch_agent',
          name: 'com.zoho.assist.PerUserAgent',
          location: plist,
          action: {
            type: 'commands',
            bestEffort: [['launchctl', 'bootout', 'gui/501/com.zoho.assist.PerUserAgent']],
            commands: [finderTrashCommand(plist)],
            elevate: false,
          },
          blocker: undefined,
        },
      ]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('reads ps output with full paths', () => {
    expect(
      parsePs('  312 /Library/Application Support/ZohoAssist/ZohoPingAgent\n 4000 /sbin/launchd\n'),
    ).toEqual([
      {
        pid: 312,
        name: 'ZohoPingAgent',
        path: '/Library/Application Support/ZohoAssist/ZohoPingAgent',
      },
      { pid: 4000, name: 'launchd', path: '/sbin/launchd' },
    ]);
  });

  it('asks dpkg and systemctl about the package and the unit, and removes them elevated', async () => {
    const { run, calls } = fakeRun({
      'dpkg-query -W -f=${Status} zohoassist': {
        code: 0,
        stdout: 'install ok installed',
        stderr: '',
      },
      'systemctl list-unit-files --no-legend --no-pager ZohoAssistUrs.service': {
        code: 0,
        stdout: 'ZohoAssistUrs.service enabled enabled\n',
        stderr: '',
      },
    });
    const items = await findLinuxItems(ctx('linux', run));
    expect(calls).toEqual([
      unitQueryCommand('ZohoAssistUrs.service'),
      dpkgStatusCommand('zohoassist'),
    ]);
    expect(items.map((i) => i.action)).toEqual([
      {
        type: 'commands',
        commands: [['systemctl', 'disable', '--now', 'ZohoAssistUrs.service']],
        elevate: true,
      },
      { type: 'commands', commands: [['apt-get', 'remove', '-y', 'zohoassist']], elevate: true },
    ]);
  });
});
