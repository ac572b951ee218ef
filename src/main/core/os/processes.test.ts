import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exited, fakeRunner } from '../../../../test/fixtures/os/fake-runner';
import { commandsNamed, encodedScriptOf } from '../../../../test/fixtures/os/powershell-reader';
import { startProgramNamed, type TestProcess } from '../../../../test/fixtures/processes';
import {
  isLinuxProcessAlive,
  listProcesses,
  macosPsCommand,
  parsePs,
  parseWindowsProcesses,
  taskkillCommand,
  windowsProcessesCommand,
} from './processes';

let child: TestProcess | undefined;
let dir: string | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  await child?.exited;
  child = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function runAs(name: string): Promise<TestProcess> {
  dir = await mkdtemp(join(tmpdir(), 'sp-proc-'));
  child = await startProgramNamed(dir, name);
  return child;
}

describe('running processes on this Linux machine (/proc)', () => {
  it('lists this test process itself, with its executable’s path', async () => {
    const list = await listProcesses('linux');
    if (typeof list === 'string') throw new Error(list);
    const self = list.find((p) => p.pid === process.pid);
    expect(self).toEqual({
      pid: process.pid,
      name: 'node',
      path: process.execPath,
      uid: process.getuid?.(),
    });
  });

  it('names a program by its executable, even past the 15 characters /proc/PID/comm keeps', async () => {
    const started = await runAs('chrome-remote-desktop-host');
    const list = await listProcesses('linux');
    if (typeof list === 'string') throw new Error(list);
    expect(list.find((p) => p.pid === started.pid)).toEqual({
      pid: started.pid,
      name: 'chrome-remote-desktop-host',
      path: join(dir ?? '', 'chrome-remote-desktop-host'),
      uid: process.getuid?.(),
    });
    expect(await isLinuxProcessAlive('/proc', started.pid)).toBe(true);
    started.kill('SIGKILL');
    await started.exited;
    expect(await isLinuxProcessAlive('/proc', started.pid)).toBe(false);
  });

  it('leaves out kernel threads, which run no program', async () => {
    const list = await listProcesses('linux');
    if (typeof list === 'string') throw new Error(list);
    // PID 2 is kthreadd on every Linux; in a container it is simply absent.
    expect(list.some((p) => p.pid === 2 && p.name.startsWith('kthreadd'))).toBe(false);
    expect(list.every((p) => p.name !== '')).toBe(true);
  });

  it('says why when /proc cannot be read', async () => {
    expect(await listProcesses('linux', { procRoot: '/nonexistent-proc' })).toMatch(/ENOENT/);
  });
});

describe('process lists of Windows and macOS', () => {
  it('asks Windows through CIM for PID, name and path, as JSON', () => {
    const command = windowsProcessesCommand();
    const [cim] = commandsNamed(
      encodedScriptOf([command.file, ...command.args]),
      'Get-CimInstance',
    );
    expect(cim?.positional).toEqual([{ kind: 'word', value: 'Win32_Process' }]);
    const script = encodedScriptOf([command.file, ...command.args]);
    expect(commandsNamed(script, 'Select-Object')[0]?.positional).toEqual([
      { kind: 'word', value: 'ProcessId' },
      { kind: 'word', value: 'Name' },
      { kind: 'word', value: 'ExecutablePath' },
    ]);
    expect(commandsNamed(script, 'ConvertTo-Json')[0]?.params).toEqual({ Compress: true });
  });

  // Constructed in ConvertTo-Json's shape (no verbatim capture of Win32_Process JSON exists).
  it('reads Win32_Process JSON: one object or many, a hidden path left out, a Japanese path whole', async () => {
    const json =
      '[{"ProcessId":4,"Name":"System","ExecutablePath":null},' +
      '{"ProcessId":4242,"Name":"agent.exe","ExecutablePath":"C:\\\\Users\\\\山田\\\\AppData\\\\Local\\\\ZohoMeeting\\\\agent.exe"},' +
      '{"ProcessId":6000,"Name":"ZohoMeeting.exe"}]';
    const expected = [
      { pid: 4, name: 'System' },
      {
        pid: 4242,
        name: 'agent.exe',
        path: 'C:\\Users\\山田\\AppData\\Local\\ZohoMeeting\\agent.exe',
      },
      { pid: 6000, name: 'ZohoMeeting.exe' },
    ];
    expect(parseWindowsProcesses(json)).toEqual(expected);
    expect(parseWindowsProcesses('{"ProcessId":4,"Name":"System"}')).toEqual([expected[0]]);
    expect(parseWindowsProcesses('not json')).toBeUndefined();
    const run = fakeRunner(() => exited(0, json));
    expect(await listProcesses('win32', { run })).toEqual(expected);
    expect(await listProcesses('win32', { run: fakeRunner(() => exited(0, '')) })).toBe(
      'powershell: unreadable output',
    );
  });

  it('reads macOS ps output with full paths and spaces', async () => {
    const text =
      '    1 /sbin/launchd\n  812 /Applications/TeamViewer.app/Contents/MacOS/TeamViewer\n  900 /Applications/Splashtop Streamer.app/Contents/MacOS/Splashtop Streamer\n';
    const expected = [
      { pid: 1, name: 'launchd', path: '/sbin/launchd' },
      {
        pid: 812,
        name: 'TeamViewer',
        path: '/Applications/TeamViewer.app/Contents/MacOS/TeamViewer',
      },
      {
        pid: 900,
        name: 'Splashtop Streamer',
        path: '/Applications/Splashtop Streamer.app/Contents/MacOS/Splashtop Streamer',
      },
    ];
    expect(parsePs(text)).toEqual(expected);
    const run = fakeRunner(() => exited(0, text));
    expect(await listProcesses('darwin', { run })).toEqual(expected);
    expect(run.calls).toEqual([['/bin/ps', '-axo', 'pid=,uid=,comm=']]);
    // With the uid column (what the command asks for now), each process says whose it is.
    expect(parsePs('  812   501 /Applications/Zoho Assist.app/Contents/MacOS/agent\n')).toEqual([
      {
        pid: 812,
        uid: 501,
        name: 'agent',
        path: '/Applications/Zoho Assist.app/Contents/MacOS/agent',
      },
    ]);
    expect(macosPsCommand().timeoutMs).toBeGreaterThan(0);
    expect(await listProcesses('darwin', { run: fakeRunner(() => exited(1)) })).toBe('ps: failed');
  });

  it('ends a Windows process with taskkill, its children included', () => {
    expect(taskkillCommand(4242)).toEqual(['taskkill.exe', '/PID', '4242', '/T', '/F']);
  });
});
