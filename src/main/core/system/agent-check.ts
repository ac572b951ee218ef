import type { RunningProcess } from '../os/processes';
import { finding, type CheckWording, type FindingOf } from './system-result';

/** Remote-support programs that take the screen and input, by the executables they run (Windows, macOS, Linux). */
export const remoteSupportAgents: readonly { name: string; processes: readonly string[] }[] = [
  {
    name: 'TeamViewer',
    processes: [
      'TeamViewer.exe',
      'TeamViewer_Service.exe',
      'TeamViewer',
      'teamviewerd',
      'TeamViewer_Desktop',
    ],
  },
  { name: 'AnyDesk', processes: ['AnyDesk.exe', 'anydesk'] },
  {
    name: 'Chrome Remote Desktop',
    processes: ['remoting_host.exe', 'chrome-remote-desktop-host', 'remoting_me2me_host'],
  },
  {
    name: 'Splashtop',
    processes: ['SRService.exe', 'SRManager.exe', 'SRStreamer.exe', 'Splashtop Streamer'],
  },
  { name: 'LogMeIn', processes: ['LogMeIn.exe', 'LMIGuardianSvc.exe', 'LogMeInSystray.exe'] },
  {
    name: 'ConnectWise ScreenConnect',
    processes: ['ScreenConnect.ClientService.exe', 'ScreenConnect.WindowsClient.exe'],
  },
  { name: 'RustDesk', processes: ['rustdesk.exe', 'rustdesk'] },
  {
    name: 'VNC',
    processes: ['winvnc.exe', 'tvnserver.exe', 'vncserver.exe', 'vncserver-x11', 'x11vnc', 'Xvnc'],
  },
  { name: 'Quick Assist', processes: ['QuickAssist.exe'] },
  { name: 'BeyondTrust', processes: ['bomgar-scc.exe'] },
  { name: 'Supremo', processes: ['Supremo.exe'] },
  { name: 'RemotePC', processes: ['RemotePCService.exe', 'RemotePCDesktop.exe'] },
];

/** Which known remote-support programs are running. */
export function runningAgents(
  processes: readonly RunningProcess[],
): { name: string; processes: RunningProcess[] }[] {
  return remoteSupportAgents
    .map((a) => ({ name: a.name, processes: findProcessesByName(processes, a.processes) }))
    .filter((a) => a.processes.length > 0);
}

/** The `agent` check: other remote-support programs running, as information (a warn, never a fail). */
export function checkAgents(
  probe: readonly RunningProcess[] | string,
  w: CheckWording,
): FindingOf<'agent'> {
  const { t } = w;
  if (typeof probe === 'string')
    return finding(
      'warn',
      'not_determined',
      t('system:agent.notDetermined', { reason: probe }),
      t('system:agent.notDeterminedFix'),
    );
  const running = runningAgents(probe);
  if (running.length === 0)
    return finding('pass', 'ok', t('system:agent.none'), undefined, {
      running: [],
      processesSeen: probe.length,
    });
  const names = running.map((a) => a.name).join(String(t('system:listSeparator')));
  return finding(
    'warn',
    'remote_agent_running',
    t('system:agent.found', { names }),
    t('system:agent.foundFix'),
    { running },
  );
}

/** The processes whose executable name is one of `names` (case-insensitive; ".exe" optional on both sides). */
export function findProcessesByName(
  processes: readonly RunningProcess[],
  names: readonly string[],
): RunningProcess[] {
  const norm = (n: string) => n.toLowerCase().replace(/\.exe$/, '');
  const wanted = new Set(names.map(norm));
  return processes.filter((p) => wanted.has(norm(p.name)));
}
