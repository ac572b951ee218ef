import { readdir, readFile, readlink, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { z } from 'zod';
import { powerShellCommand } from './powershell';
import { runCommand, type CommandRunner, type CommandSpec, type RunOptions } from './run-command';
import { splitLines } from './text-lines';

/** A running program: its PID, its executable's file name, and its full path where the OS tells it. */
export interface RunningProcess {
  pid: number;
  /** "TeamViewer.exe", "anydesk". */
  name: string;
  /** Missing where the OS hides it (another user's process, a protected one). */
  path?: string;
  /** The user id it runs as, where the OS tells it (Linux, macOS). */
  uid?: number;
}

// CIM rather than tasklist: it gives each program's path, which tells the agent's agent.exe from another one.
const WINDOWS_PROCESSES =
  'Get-CimInstance Win32_Process | Select-Object ProcessId, Name, ExecutablePath | ConvertTo-Json -Compress';

/** Windows: every process as JSON, through PowerShell (UTF-8 output: Japanese paths arrive whole). */
export const windowsProcessesCommand = (): CommandSpec =>
  powerShellCommand(WINDOWS_PROCESSES, 20_000);

/** macOS `ps -axo pid=,uid=,comm=`: comm is the executable's full path. */
export const macosPsCommand = (): CommandSpec => ({
  file: '/bin/ps',
  args: ['-axo', 'pid=,uid=,comm='],
  timeoutMs: 10_000,
});

const cimProcess = z.object({
  ProcessId: z.number().int(),
  Name: z.string(),
  ExecutablePath: z.string().nullable().optional(),
});

/** The JSON of `Win32_Process`: one object or an array; ExecutablePath is null where Windows hides it. */
export function parseWindowsProcesses(text: string): RunningProcess[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = z.union([cimProcess, z.array(cimProcess)]).safeParse(json);
  if (!parsed.success) return undefined;
  const rows = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  return rows.map((r) => ({
    pid: r.ProcessId,
    name: r.Name,
    ...(r.ExecutablePath ? { path: r.ExecutablePath } : {}),
  }));
}

/** macOS `ps -axo pid=,uid=,comm=` (or without uid): the pid, the uid, then the executable's full path (spaces included). */
export function parsePs(text: string): RunningProcess[] {
  const list: RunningProcess[] = [];
  for (const line of splitLines(text)) {
    const withUid = /^\s*(\d+)\s+(\d+)\s+(\/.*?)\s*$/u.exec(line);
    const m = withUid ? undefined : /^\s*(\d+)\s+(.+?)\s*$/u.exec(line);
    const path = withUid?.[3] ?? m?.[2];
    if (!path) continue;
    list.push({
      pid: Number(withUid?.[1] ?? m?.[1]),
      name: posix.basename(path),
      ...(path.startsWith('/') ? { path } : {}),
      ...(withUid ? { uid: Number(withUid[2]) } : {}),
    });
  }
  return list;
}

/**
 * Linux: every process in /proc, named by its executable (the exe link, readable for our own processes
 * and as root), else by argv[0]; /proc/PID/comm is cut at 15 characters ("chrome-remote-d"), so it is
 * not used. Kernel threads and zombies have neither: they run no program, and are left out.
 */
export async function listLinuxProcesses(procRoot: string): Promise<RunningProcess[]> {
  const entries = await readdir(procRoot);
  const found = await Promise.all(
    entries
      .filter((e) => /^\d+$/u.test(e))
      .map(async (entry): Promise<RunningProcess | undefined> => {
        const exe = await readlink(join(procRoot, entry, 'exe')).catch(() => undefined);
        // The kernel appends " (deleted)" when the binary was removed or replaced while running.
        const path = exe?.replace(/ \(deleted\)$/u, '');
        const argv0 = path
          ? ''
          : ((await readFile(join(procRoot, entry, 'cmdline'), 'utf8').catch(() => '')).split(
              '\0',
            )[0] ?? '');
        const name = posix.basename(path ?? argv0);
        if (name === '') return undefined;
        // /proc/PID belongs to the process's user.
        const uid = await stat(join(procRoot, entry)).then(
          (s) => s.uid,
          () => undefined,
        );
        return {
          pid: Number(entry),
          name,
          ...(path ? { path } : {}),
          ...(uid === undefined ? {} : { uid }),
        };
      }),
  );
  return found.filter((p): p is RunningProcess => p !== undefined);
}

export interface ProcessListOptions extends RunOptions {
  /** Where /proc is (Linux). */
  procRoot?: string;
  /** Runs the Windows and macOS listing commands (a stand-in in tests, where they cannot run). */
  run?: CommandRunner;
}

/** Every running process of this PC, or a sentence saying why they could not be listed. */
export async function listProcesses(
  platform: NodeJS.Platform,
  options: ProcessListOptions = {},
): Promise<RunningProcess[] | string> {
  const { procRoot = '/proc', run = runCommand, ...runOptions } = options;
  if (platform === 'win32') {
    const out = await run(windowsProcessesCommand(), runOptions);
    if (!out.ok) return `powershell: ${out.reason}`;
    return parseWindowsProcesses(out.stdout) ?? 'powershell: unreadable output';
  }
  if (platform === 'darwin') {
    const out = await run(macosPsCommand(), runOptions);
    return out.ok ? parsePs(out.stdout) : `ps: ${out.reason}`;
  }
  return listLinuxProcesses(procRoot).catch((e: unknown) =>
    e instanceof Error ? e.message : String(e),
  );
}

/** Whether /proc still shows a live process (a zombie has already ended; its parent only has to reap it). */
export async function isLinuxProcessAlive(procRoot: string, pid: number): Promise<boolean> {
  const stat = await readFile(join(procRoot, String(pid), 'stat'), 'utf8').catch(() => undefined);
  if (stat === undefined) return false;
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

/** The command that ends one process on Windows, with its children. */
export const taskkillCommand = (pid: number): string[] => [
  'taskkill.exe',
  '/PID',
  String(pid),
  '/T',
  '/F',
];
