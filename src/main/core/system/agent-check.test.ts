import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startProgramNamed, type TestProcess } from '../../../../test/fixtures/processes';
import { translator } from '../../../shared/i18n';
import { builtInCatalog } from '../catalog/load-catalog';
import { listProcesses, parsePs } from '../os/processes';
import { checkAgents, findProcessesByName, runningAgents } from './agent-check';

const en = { t: translator('en'), catalog: builtInCatalog() };
let child: TestProcess | undefined;
let dir: string | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  await child?.exited;
  child = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function runAs(name: string): Promise<number> {
  dir = await mkdtemp(join(tmpdir(), 'sp-agent-'));
  child = await startProgramNamed(dir, name);
  return child.pid;
}

describe('other remote-support programs, among this machine’s real processes', () => {
  it('finds a running AnyDesk and reports it as information', async () => {
    const pid = await runAs('anydesk');
    const list = await listProcesses('linux');
    if (typeof list === 'string') throw new Error(list);
    expect(findProcessesByName(list, ['AnyDesk.exe', 'anydesk'])).toContainEqual(
      expect.objectContaining({ pid, name: 'anydesk' }),
    );
    expect(checkAgents(list, en)).toMatchObject({
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
      {
        name: 'Chrome Remote Desktop',
        processes: [expect.objectContaining({ pid, name: 'chrome-remote-desktop-host' })],
      },
    ]);
  });

  it('passes when none is running (a sleep process is not an agent)', async () => {
    await runAs('sleep');
    const list = await listProcesses('linux');
    if (typeof list === 'string') throw new Error(list);
    expect(checkAgents(list, en)).toMatchObject({ status: 'pass', verdict: 'ok' });
  });

  it('says why when the processes cannot be listed', async () => {
    const r = await listProcesses('linux', { procRoot: '/nonexistent-proc' });
    expect(checkAgents(r, en)).toMatchObject({ status: 'warn', verdict: 'not_determined' });
  });

  it('matches names case-insensitively with or without .exe, and macOS programs by their file name', () => {
    expect(
      findProcessesByName(
        [
          { pid: 1, name: 'ZOHOMEETING.EXE' },
          { pid: 2, name: 'agent' },
        ],
        ['ZohoMeeting.exe', 'agent.exe'],
      ),
    ).toHaveLength(2);
    const mac = parsePs(
      '  812 /Applications/TeamViewer.app/Contents/MacOS/TeamViewer\n  900 /Applications/Splashtop Streamer.app/Contents/MacOS/Splashtop Streamer\n',
    );
    expect(runningAgents(mac).map((a) => a.name)).toEqual(['TeamViewer', 'Splashtop']);
  });
});
