import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import { exited, fakeRunner } from '../../../../test/fixtures/os/fake-runner';
import {
  commandsNamed,
  encodedScriptOf,
  literal,
  readScript,
  word,
} from '../../../../test/fixtures/os/powershell-reader';
import type { CommandOutcome, CommandRunner } from '../os/run-command';
import { finderTrashCommand, recycleBinCommand } from '../trash/os-trash-commands';
import type { CleanupContext } from './cleanup-context';
import { matchAgentProcess } from './find-processes';
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

function fakeRun(answers: Record<string, CommandOutcome>): {
  run: CommandRunner;
  calls: string[][];
} {
  const run = fakeRunner(
    (argv) =>
      answers[argv.join(' ')] ??
      exited(1, '', 'ERROR: The system was unable to find the specified registry key or value.'),
  );
  return { run, calls: run.calls };
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
      'sc.exe query Zoho Assist-Remote Support': exited(
        0,
        'SERVICE_NAME: Zoho Assist-Remote Support\r\n        STATE              : 4  RUNNING\r\n',
      ),
      'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Zoho Assist /v UninstallString':
        exited(
          0,
          `\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Zoho Assist\r\n    UninstallString    REG_SZ    "${folder}\\uninstall.exe" /S\r\n\r\n`,
        ),
      'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Zoho Assist Customer Plugin /v UninstallString':
        exited(0, '    UninstallString    REG_SZ    "C:\\Windows\\Temp\\evil.exe" /S\r\n'),
      'reg query HKCU\\Software\\Classes\\zohoassistlaunch': exited(
        0,
        'HKEY_CURRENT_USER\\Software\\Classes\\zohoassistlaunch\r\n',
      ),
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

  it('stops and deletes the service in an encoded script, the name one literal however hostile', () => {
    const name = 'Zoho Assist-Remote Support ’; Stop-Computer; ‘$(x)';
    const script = encodedScriptOf(serviceRemoveCommand(name));
    const [stop, ...moreStops] = commandsNamed(script, 'Stop-Service');
    expect(moreStops).toEqual([]);
    expect(literal(stop?.params.Name)).toBe(name);
    expect(stop?.params.Force).toBe(true);
    const [sc] = commandsNamed(script, 'sc.exe');
    expect([word(sc?.positional[0]), literal(sc?.positional[1])]).toEqual(['delete', name]);
    expect(commandsNamed(script, 'Stop-Computer')).toEqual([]);
    // sc.exe's own exit code is the script's, so a refused delete is a failure.
    expect(commandsNamed(script, 'exit')[0]?.positional).toEqual([
      { kind: 'variable', name: 'LASTEXITCODE' },
    ]);
  });

  it('sends folders and files to the Recycle Bin, never deleting, the path one literal', () => {
    const path = "C:\\Users\\o'brien ‘x’\\AppData\\Local\\ZohoMeeting";
    for (const [kind, method] of [
      ['folder', 'DeleteDirectory'],
      ['file', 'DeleteFile'],
    ] as const) {
      const statements = readScript(encodedScriptOf(recycleBinCommand(path, kind)));
      const call = statements.at(-1);
      expect(call?.kind === 'pipeline' && call.elements[0]).toEqual({
        kind: 'expression',
        values: [
          { kind: 'word', value: `[Microsoft.VisualBasic.FileIO.FileSystem]::${method}` },
          {
            kind: 'group',
            open: '(',
            statements: [
              {
                kind: 'pipeline',
                elements: [
                  {
                    kind: 'expression',
                    values: [
                      { kind: 'literal', value: path },
                      { kind: 'literal', value: 'OnlyErrorDialogs' },
                      { kind: 'literal', value: 'SendToRecycleBin' },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      });
    }
  });

  it('tells the agent’s agent.exe from another by the process’s path', () => {
    const list = [
      { pid: 4, name: 'System' },
      {
        pid: 4242,
        name: 'agent.exe',
        path: 'C:\\Users\\taro\\AppData\\Local\\ZohoMeeting\\agent.exe',
      },
      { pid: 5000, name: 'agent.exe', path: 'C:\\Program Files\\OtherVendor\\agent.exe' },
      { pid: 6000, name: 'ZohoMeeting.exe' },
    ];
    const folders = ['C:\\Users\\taro\\AppData\\Local\\ZohoMeeting'];
    const execs = builtInCatalog().agent.executables;
    expect(list.map((p) => matchAgentProcess(p, execs, folders, 'win32'))).toEqual([
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

  it('asks dpkg and systemctl about the package and the unit, and removes them elevated', async () => {
    const { run, calls } = fakeRun({
      'dpkg-query -W -f=${Status} zohoassist': exited(0, 'install ok installed'),
      'systemctl list-unit-files --no-legend --no-pager ZohoAssistUrs.service': exited(
        0,
        'ZohoAssistUrs.service enabled enabled\n',
      ),
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
