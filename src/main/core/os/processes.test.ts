import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import { translator } from '../../../shared/i18n';
import { checkAgents, runningAgents } from './agent-check';
import {
  findProcessesByName,
  listProcesses,
  macosPsCommand,
  parsePsOutput,
  parseTasklistCsv,
  windowsTasklistCommand,
} from './process-list';

const en = { t: translator('en'), catalog: builtInCatalog() };
let child: ChildProcess | undefined;
let dir: string | undefined;
afterEach(async () => {
  child?.kill();
  child = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A real process whose executable is called `name` (a copy of sleep). */
async function runAs(name: string): Promise<number> {
  dir = await mkdtemp(join(tmpdir(), 'sp-agent-'));
  const path = join(dir, name);
  await copyFile('/bin/sleep', path);
  child = spawn(path, ['30'], { stdio: 'ignore' });
  await new Promise((r) => child?.once('spawn', r));
  return child.pid ?? -1;
}

describe('running processes on this Linux machine', () => {
  it('lists this test process itself', async () => {
    const list = await listProcesses('linux');
    if (typeof list === 'string') throw new Error(list);
    expect(list.find((p) => p.pid === process.pid)?.name).toMatch(/node/);
  });

  it('finds a running AnyDesk and reports it as information', async () => {
    const pid = await runAs('anydesk');
    const list = await listProcesses('linux');
    if (typeof list === 'string') throw new Error(list);
    expect(findProcessesByName(list, ['AnyDesk.exe', 'anydesk'])).toContainEqual({
      pid,
      name: 'anydesk',
    });
    const f = checkAgents(list, en);
    expect(f).toMatchObject({
      status: 'warn',
      verdict: 'remote_agent_running',
      message: 'Other remote-support programs are running: AnyDesk.',
    });
  });

  it('finds a name longer than /proc/PID/comm keeps (15 characters)', async () => {
    const pid = await runAs('chrome-remote-desktop-host');
    const list = await listProcesses('linux');
    if (typeof list === 'string') throw new Error(list);
    expect(runningAgents(list)).toEqual([
      { name: 'Chrome Remote Desktop', processes: [{ pid, name: 'chrome-remote-desktop-host' }] },
    ]);
  });

  it('passes when none is running (a sleep process is not an agent)', async () => {
    await runAs('sleep');
    const list = await listProcesses('linux');
    if (typeof list === 'string') throw new Error(list);
    expect(checkAgents(list, en)).toMatchObject({ status: 'pass', verdict: 'ok' });
  });

  it('says why when /proc cannot be read', async () => {
    const r = await listProcesses('linux', { procRoot: '/nonexistent-proc' });
    expect(typeof r).toBe('string');
    expect(checkAgents(r, en)).toMatchObject({ status: 'warn', verdict: 'not_determined' });
  });
});

describe('process lists of Windows and macOS', () => {
  it('builds the commands as argument arrays', () => {
    expect(windowsTasklistCommand).toEqual({
      file: 'tasklist',
      args: ['/fo', 'csv', '/nh'],
      timeoutMs: 10_000,
    });
    expect(macosPsCommand).toEqual({ file: 'ps', args: ['-axo', 'pid=,comm='], timeoutMs: 5000 });
  });

  // Hand-written in tasklist's CSV layout (SOURCES.md: no traceable capture); the Japanese line has CP932's "K".
  it('reads tasklist CSV, quotes and commas inside names included', () => {
    const text =
      '"System Idle Process","0","Services","0","8 K"\r\n"TeamViewer.exe","4321","Console","1","45,120 K"\r\n"a,b.exe","7","Console","1","1 K"\r\n';
    expect(parseTasklistCsv(text)).toEqual([
      { pid: 0, name: 'System Idle Process' },
      { pid: 4321, name: 'TeamViewer.exe' },
      { pid: 7, name: 'a,b.exe' },
    ]);
    expect(runningAgents(parseTasklistCsv(text)).map((a) => a.name)).toEqual(['TeamViewer']);
  });

  it('reads ps output with full paths and spaces', () => {
    const text =
      '    1 /sbin/launchd\n  812 /Applications/TeamViewer.app/Contents/MacOS/TeamViewer\n  900 /Applications/Splashtop Streamer.app/Contents/MacOS/Splashtop Streamer\n';
    expect(parsePsOutput(text)).toEqual([
      { pid: 1, name: 'launchd' },
      { pid: 812, name: 'TeamViewer' },
      { pid: 900, name: 'Splashtop Streamer' },
    ]);
    expect(runningAgents(parsePsOutput(text)).map((a) => a.name)).toEqual([
      'TeamViewer',
      'Splashtop',
    ]);
  });

  it('matches names case-insensitively with or without .exe', () => {
    expect(
      findProcessesByName(
        [
          { pid: 1, name: 'ZOHOMEETING.EXE' },
          { pid: 2, name: 'agent' },
        ],
        ['ZohoMeeting.exe', 'agent.exe'],
      ),
    ).toHaveLength(2);
  });
});
