import { readdir, readFile, readlink } from 'node:fs/promises';
import { join, posix, win32 } from 'node:path';
import type { CleanupContext } from './cleanup-context';
import { isStrictlyInside } from './resolve-target';

export interface AgentProcess {
  pid: number;
  name: string;
  /** The executable's path when the OS tells it. */
  path?: string;
}

/** Whether a process is the agent's: its name is one of the catalog's executables, or it runs from an agent folder. */
export function isAgentProcess(p: AgentProcess, executables: readonly string[], folders: readonly string[], platform: CleanupContext['platform']): boolean {
  const names = new Set(executables.flatMap((e) => [e.toLowerCase(), e.toLowerCase().replace(/\.exe$/u, '')]));
  if (names.has(p.name.toLowerCase())) return true;
  return p.path !== undefined && folders.some((f) => isStrictlyInside(p.path as string, f, platform));
}

/** Linux: every process in /proc, named by its executable (or argv[0] where the exe link is not readable). */
export async function listLinuxProcesses(procDir: string): Promise<AgentProcess[]> {
  const entries = await readdir(procDir);
  const list: AgentProcess[] = [];
  for (const entry of entries) {
    if (!/^\d+$/u.test(entry)) continue;
    const pid = Number(entry);
    const exe = await readlink(join(procDir, entry, 'exe')).catch(() => undefined);
    const argv0 = (await readFile(join(procDir, entry, 'cmdline'), 'utf8').catch(() => '')).split('\0')[0] ?? '';
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

export const tasklistCommand = (): string[] => ['tasklist.exe', '/fo', 'csv', '/nh'];

/** `tasklist /fo csv /nh`: `"ZohoMeeting.exe","4242","Console","1","12,345 K"` per line. */
export function parseTasklistCsv(text: string): AgentProcess[] {
  const list: AgentProcess[] = [];
  for (const line of text.split(/\r*\n|\r/u)) {
    const cells = [...line.matchAll(/"((?:[^"]|"")*)"/gu)].map((m) => (m[1] ?? '').replace(/""/gu, '"'));
    const pid = Number(cells[1]);
    if (cells.length >= 2 && cells[0] && Number.isInteger(pid)) list.push({ pid, name: cells[0] });
  }
  return list;
}

export const psCommand = (): string[] => ['/bin/ps', '-axo', 'pid=,comm='];

/** macOS `ps -axo pid=,comm=`: the pid, then the executable's full path. */
export function parsePs(text: string): AgentProcess[] {
  const list: AgentProcess[] = [];
  for (const line of text.split(/\r?\n/u)) {
    const m = /^\s*(\d+)\s+(.+)$/u.exec(line);
    if (!m?.[2]) continue;
    const path = m[2].trim();
    list.push({ pid: Number(m[1]), name: posix.basename(path), path: path.startsWith('/') ? path : undefined });
  }
  return list;
}

/** The command that ends one process on Windows, with its children. */
export const taskkillCommand = (pid: number): string[] => ['taskkill.exe', '/PID', String(pid), '/T', '/F'];

/** The agent's running processes on this PC. */
export async function findAgentProcesses(ctx: CleanupContext, folders: readonly string[]): Promise<AgentProcess[]> {
  let all: AgentProcess[];
  if (ctx.platform === 'linux') all = await listLinuxProcesses(ctx.procDir);
  else {
    const result = await ctx.run(ctx.platform === 'win32' ? tasklistCommand() : psCommand());
    if (result.code !== 0) return [];
    all = ctx.platform === 'win32' ? parseTasklistCsv(result.stdout) : parsePs(result.stdout);
  }
  const execs = ctx.catalog.agent.executables.map((e) => (ctx.platform === 'win32' ? win32.basename(e) : e));
  return all.filter((p) => p.pid !== ctx.selfPid && isAgentProcess(p, execs, folders, ctx.platform));
}
