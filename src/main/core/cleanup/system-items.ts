import { lstat } from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import { powerShellArgv, psQuote } from '../os/powershell';
import { commandOf } from '../os/run-command';
import { finderTrashCommand } from '../trash/os-trash-commands';
import type { CleanupContext } from './cleanup-context';
import { isStrictlyInside } from './resolve-target';

/** What removing an item means, decided at scan time from what the scan saw. */
export type CleanupAction =
  | { type: 'stop_process'; pid: number; path: string }
  | { type: 'trash'; path: string; dev: number; ino: number }
  | {
      type: 'commands';
      commands: string[][];
      elevate: boolean;
      /** Run first; their failure does not matter (e.g. unloading a job that is not loaded). */
      bestEffort?: string[][];
    }
  | { type: 'undo_change'; journalId: string }
  | { type: 'none' };

export interface SystemItem {
  id: string;
  kind: 'service' | 'uninstall_entry' | 'url_handler' | 'launch_agent' | 'package' | 'unit';
  name: string;
  location: string;
  action: CleanupAction;
  /** Why it cannot be removed by us, when it cannot. */
  blocker?: 'needs_admin' | 'no_uninstaller' | 'uninstaller_outside';
}

export const UNINSTALL_ROOT = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
export const CLASSES_ROOT = 'HKCU\\Software\\Classes';

export const serviceQueryCommand = (name: string): string[] => ['sc.exe', 'query', name];

/** Stops and deletes a service; run elevated (the service is per-machine). The name travels quoted inside the encoded script. */
export function serviceRemoveCommand(name: string): string[] {
  return powerShellArgv(
    `Stop-Service -Name ${psQuote(name)} -Force -ErrorAction SilentlyContinue; sc.exe delete ${psQuote(name)}; exit $LASTEXITCODE`,
  );
}

export const uninstallQueryCommand = (entry: string): string[] => [
  'reg',
  'query',
  `${UNINSTALL_ROOT}\\${entry}`,
  '/v',
  'UninstallString',
];
export const urlHandlerQueryCommand = (scheme: string): string[] => [
  'reg',
  'query',
  `${CLASSES_ROOT}\\${scheme}`,
];
export const urlHandlerDeleteCommand = (scheme: string): string[] => [
  'reg',
  'delete',
  `${CLASSES_ROOT}\\${scheme}`,
  '/f',
];

/** Reads one REG_SZ / REG_EXPAND_SZ value from `reg query … /v NAME` output. */
export function parseRegString(output: string, name: string): string | undefined {
  for (const line of output.split(/\r*\n|\r/u)) {
    const m = /^\s+(.+?)\s{2,}(REG_SZ|REG_EXPAND_SZ)\s{2,}(.*)$/u.exec(line);
    if (m && m[1]?.toLowerCase() === name.toLowerCase()) return (m[3] ?? '').trim();
  }
  return undefined;
}

/** Splits an UninstallString into an argument array: `"C:\…\uninst.exe" /S` or `C:\…\uninst.exe /S`. */
export function splitUninstallString(text: string): string[] | undefined {
  const s = text.trim();
  let exe: string;
  let rest: string;
  if (s.startsWith('"')) {
    const end = s.indexOf('"', 1);
    if (end < 0) return undefined;
    exe = s.slice(1, end);
    rest = s.slice(end + 1);
  } else {
    const m = /^(.+?\.exe)(\s.*)?$/iu.exec(s);
    if (!m?.[1]) return undefined;
    exe = m[1];
    rest = m[2] ?? '';
  }
  return [
    exe,
    ...rest
      .trim()
      .split(/\s+/u)
      .filter((a) => a !== ''),
  ];
}

/**
 * The vendor's uninstaller as a command we may run: its program must lie in one of the agent's folders
 * (or be Windows Installer removing a product by its code), so a tampered entry cannot run anything else.
 */
export function uninstallerCommand(
  uninstallString: string,
  agentFolders: readonly string[],
): string[] | 'outside' | undefined {
  const argv = splitUninstallString(uninstallString);
  if (!argv?.[0]) return undefined;
  if (/^msiexec(\.exe)?$/iu.test(win32.basename(argv[0]))) {
    const code = argv
      .slice(1)
      .join('')
      .match(/\{[0-9A-F-]{36}\}/iu)?.[0];
    return code ? ['msiexec.exe', '/x', code] : undefined;
  }
  return agentFolders.some((f) => isStrictlyInside(argv[0] as string, f, 'win32'))
    ? argv
    : 'outside';
}

async function present(
  argv: string[],
  ctx: CleanupContext,
): Promise<{ found: boolean; stdout: string }> {
  const result = await ctx.run(commandOf(argv));
  return { found: result.ok, stdout: result.stdout };
}

export async function findWindowsItems(
  ctx: CleanupContext,
  agentFolders: readonly string[],
): Promise<SystemItem[]> {
  const items: SystemItem[] = [];
  for (const name of ctx.catalog.agent.services?.win32 ?? []) {
    if ((await present(serviceQueryCommand(name), ctx)).found) {
      items.push({
        id: `service:${name}`,
        kind: 'service',
        name,
        location: `HKLM\\SYSTEM\\CurrentControlSet\\Services\\${name}`,
        action: { type: 'commands', commands: [serviceRemoveCommand(name)], elevate: true },
      });
    }
  }
  for (const entry of ctx.catalog.agent.uninstallKeys ?? []) {
    const query = await present(uninstallQueryCommand(entry), ctx);
    if (!query.found) continue;
    const uninstall = parseRegString(query.stdout, 'UninstallString');
    const argv = uninstall === undefined ? undefined : uninstallerCommand(uninstall, agentFolders);
    const base = {
      id: `uninstall:${entry}`,
      kind: 'uninstall_entry' as const,
      name: entry,
      location: `${UNINSTALL_ROOT}\\${entry}`,
    };
    if (Array.isArray(argv))
      items.push({ ...base, action: { type: 'commands', commands: [argv], elevate: false } });
    else
      items.push({
        ...base,
        action: { type: 'none' },
        blocker: argv === 'outside' ? 'uninstaller_outside' : 'no_uninstaller',
      });
  }
  for (const scheme of ctx.catalog.agent.urlHandlers ?? []) {
    if ((await present(urlHandlerQueryCommand(scheme), ctx)).found) {
      items.push({
        id: `url:${scheme}`,
        kind: 'url_handler',
        name: scheme,
        location: `${CLASSES_ROOT}\\${scheme}`,
        action: { type: 'commands', commands: [urlHandlerDeleteCommand(scheme)], elevate: false },
      });
    }
  }
  return items;
}

/** macOS: the launchd property lists named after the catalog's labels, per user and per machine. */
export async function findMacItems(ctx: CleanupContext): Promise<SystemItem[]> {
  const items: SystemItem[] = [];
  for (const label of ctx.catalog.agent.services?.darwin ?? []) {
    const places = [
      posix.join(ctx.home, 'Library', 'LaunchAgents'),
      '/Library/LaunchAgents',
      '/Library/LaunchDaemons',
    ];
    for (const dir of places) {
      const plist = posix.join(dir, `${label}.plist`);
      if (
        !(await lstat(plist).then(
          () => true,
          () => false,
        ))
      )
        continue;
      const perUser = dir.startsWith(ctx.home);
      items.push({
        id: `launch:${plist}`,
        kind: 'launch_agent',
        name: label,
        location: plist,
        // Unload it, then move its property list to the Trash, so it does not start again at the next login.
        action: perUser
          ? {
              type: 'commands',
              bestEffort: [['launchctl', 'bootout', `gui/${ctx.uid}/${label}`]],
              commands: [finderTrashCommand(plist)],
              elevate: false,
            }
          : { type: 'none' },
        blocker: perUser ? undefined : 'needs_admin',
      });
    }
  }
  return items;
}

export const dpkgStatusCommand = (pkg: string): string[] => [
  'dpkg-query',
  '-W',
  '-f=${Status}',
  pkg,
];
export const unitQueryCommand = (unit: string): string[] => [
  'systemctl',
  'list-unit-files',
  '--no-legend',
  '--no-pager',
  unit,
];

/** Linux: the vendor's package and its systemd unit; both are per-machine, so removing them asks for root. */
export async function findLinuxItems(ctx: CleanupContext): Promise<SystemItem[]> {
  const items: SystemItem[] = [];
  for (const unit of ctx.catalog.agent.services?.linux ?? []) {
    const q = await present(unitQueryCommand(unit), ctx);
    if (q.found && q.stdout.trim() !== '') {
      items.push({
        id: `unit:${unit}`,
        kind: 'unit',
        name: unit,
        location: unit,
        action: {
          type: 'commands',
          commands: [['systemctl', 'disable', '--now', unit]],
          elevate: true,
        },
      });
    }
  }
  for (const pkg of ctx.catalog.agent.packages?.linux ?? []) {
    const q = await present(dpkgStatusCommand(pkg), ctx);
    if (q.found && /\binstalled\b/u.test(q.stdout) && !/not-installed/u.test(q.stdout)) {
      items.push({
        id: `package:${pkg}`,
        kind: 'package',
        name: pkg,
        location: pkg,
        action: { type: 'commands', commands: [['apt-get', 'remove', '-y', pkg]], elevate: true },
      });
    }
  }
  return items;
}
