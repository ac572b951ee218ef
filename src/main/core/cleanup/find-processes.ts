import { readdir, readFile, readlink } from 'node:fs/promises';
import { join, posix, win32 } from 'node:path';
import { z } from 'zod';
import { powerShellCommand } from '../fixes/powershell';
import type { CleanupContext } from './cleanup-context';
import { isStrictlyInside } from './resolve-target';

export interface AgentProcess {
  pid: number;
  name: string;
  /** The executable's path when the OS tells it. */
  path?: string;
}

export type ProcessMatch = 'inside' | 'named' | 'named_elsewhere';

/**
 * How a process belongs to the agent: it runs from an agent folder ('inside'), or it has one of the
 * catalog's executable names and we cannot see its path ('named'), or it has such a name but runs from
 * somewhere else ('named_elsewhere': shown, never stopped, since names like agent.exe are not unique).
 */
export function matchAgentProcess(
  p: AgentProcess,
  executables: readonly string[],
  folders: readonly string[],
  platform: CleanupContext['platform'],
): ProcessMatch | undefined {
  if (p.path !== undefined && folders.some((f) => isStrictlyInside(p.path as string, f, platform)))
    return 'inside';
  const names = new Set(executables.map((e) => e.toLowerCase()));
  if (!names.has(p.name.toLowerCase())) return undefined;
  return p.path === undefined ? 'named' : 'named_elsewhere';
}

/** Linux: every process in /proc, named by its executable (or argv[0] where the exe link is not readable). */
export async function listLinuxProcesses(procDir: string): Promise<AgentProcess[]> {
  const entries = await readdir(procDir);
  const list: AgentProcess[] = [];
  for (const entry of entries) {
    if (!/^\d+$/u.test(entry)) continue;
    const pid = Number(entry);
    const exe = await readlink(join(procDir, entry, 'exe')).catch(() => undefined);
    const argv0 =
      (await readFile(join(procDir, entry, 'cmdline'), 'utf8').catch(() => '')).split('\0')[0] ??
      '';
    // The kernel appends " (deleted)" when the binary was removed or replaced while running.
    const path = exe?.replace(/ \(deleted\)$/u, '');
    const name = posix.basename(path ?? argv0);
    if (name !== '') list.push({ pid, name, path });
  }
  return list;
}

/** Whether /proc still shows a live process (a zombie has already ended; its parent only has to reap it). */
export async function isLinuxProcessAlive(procDir: string, pid: number): Promise<boolean> {
  const stat = await readFile(join(procDir, String(pid), 'stat'), 'utf8').catch(() => undefined);
  if (stat === undefined) return false;
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

// CIM rather than tasklist: it gives each program's path, which tells the agent's agent.exe from another one.
const WINDOWS_PROCESSES =
  'Get-CimInstance Win32_Process | Select-Object ProcessId, Name, ExecutablePath | ConvertTo-Json -Compress';

export const windowsProcessesCommand = (): string[] => powerShellCommand(WINDOWS_PROCESSES);

const cimProcess = z.object({
  ProcessId: z.number().int(),
  Name: z.string(),
  ExecutablePath: z.string().nullable().optional(),
});

/** The JSON of `Win32_Process`: one object or an array; ExecutablePath is null where Windows hides it. */
export function parseWindowsProcesses(text: string): AgentProcess[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = z.union([cimProcess, z.array(cimProcess)]).safeParse(json);
  if (!parsed.success) return undefined;
  const rows = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  return rows.map((r) => ({ pid: r.ProcessId, name: r.Name, path: r.ExecutablePath ?? undefined }));
}

export const psCommand = (): string[] => ['/bin/ps', '-axo', 'pid=,comm='];

/** macOS `ps -axo pid=,comm=`: the pid, then the executable's full path. */
export function parsePs(text: string): AgentProcess[] {
  const list: AgentProcess[] = [];
  for (const line of text.split(/\r?\n/u)) {
    const m = /^\s*(\d+)\s+(.+)$/u.exec(line);
    if (!m?.[2]) continue;
    const path = m[2].trim();
    list.push({
      pid: Number(m[1]),
      name: posix.basename(path),
      path: path.startsWith('/') ? path : undefined,
    });
  }
  return list;
}

/** The command that ends one process on Windows, with its children. */
export const taskkillCommand = (pid: number): string[] => [
  'taskkill.exe',
  '/PID',
  String(pid),
  '/T',
  '/F',
];

/** The agent's running processes on this PC, each with how it was recognised. */
export async function findAgentProcesses(
  ctx: CleanupContext,
  folders: readonly string[],
): Promise<(AgentProcess & { match: ProcessMatch })[]> {
  let all: AgentProcess[];
  if (ctx.platform === 'linux') all = await listLinuxProcesses(ctx.procDir);
  else {
    const result = await ctx.run(
      ctx.platform === 'win32' ? windowsProcessesCommand() : psCommand(),
    );
    if (result.code !== 0) return [];
    all =
      (ctx.platform === 'win32' ? parseWindowsProcesses(result.stdout) : parsePs(result.stdout)) ??
      [];
  }
  const execs = ctx.catalog.agent.executables.map((e) =>
    ctx.platform === 'win32' ? win32.basename(e) : posix.basename(e),
  );
  const found: (AgentProcess & { match: ProcessMatch })[] = [];
  for (const p of all) {
    const match =
      p.pid === ctx.selfPid ? undefined : matchAgentProcess(p, execs, folders, ctx.platform);
    if (match) found.push({ ...p, match });
  }
  return found;
}
