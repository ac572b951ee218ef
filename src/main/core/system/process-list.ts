import { readdir, readFile } from 'node:fs/promises';
import { runCommand, type CommandSpec, type RunOptions } from './run-command';
import { splitLines } from './text-lines';

// Running processes are the `agent` check's detail, so their type is the contract's schema.
export type { RunningProcess } from '../../../shared/details';
import type { RunningProcess } from '../../../shared/details';

/** `tasklist /fo csv /nh`: image name and PID in the first two columns, in every UI language. */
export const windowsTasklistCommand: CommandSpec = {
  file: 'tasklist',
  args: ['/fo', 'csv', '/nh'],
  timeoutMs: 10_000,
};
/** `ps -axo pid=,comm=`: comm is the executable's path on macOS. */
export const macosPsCommand: CommandSpec = {
  file: 'ps',
  args: ['-axo', 'pid=,comm='],
  timeoutMs: 5000,
};

function csvFields(line: string): string[] {
  const fields: string[] = [];
  const re = /"((?:[^"]|"")*)"|([^,]+)|(?<=,)(?=,|$)/g;
  for (const m of line.matchAll(re))
    fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
  return fields;
}

export function parseTasklistCsv(text: string): RunningProcess[] {
  const out: RunningProcess[] = [];
  for (const line of splitLines(text)) {
    const [name, pid] = csvFields(line.trim());
    const n = Number.parseInt(pid ?? '', 10);
    if (name && Number.isFinite(n)) out.push({ pid: n, name });
  }
  return out;
}

export function parsePsOutput(text: string): RunningProcess[] {
  const out: RunningProcess[] = [];
  for (const line of splitLines(text)) {
    const m = /^\s*(\d+)\s+(.+?)\s*$/.exec(line);
    if (m) out.push({ pid: Number(m[1]), name: baseName(m[2] ?? '') });
  }
  return out;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

// /proc/PID/comm is cut at 15 characters ("chrome-remote-d"), so argv[0] of cmdline comes first.
async function linuxProcesses(procRoot: string): Promise<RunningProcess[]> {
  const entries = await readdir(procRoot);
  const found = await Promise.all(
    entries
      .filter((e) => /^\d+$/.test(e))
      .map(async (pid) => {
        const cmdline = await readFile(`${procRoot}/${pid}/cmdline`, 'utf8').catch(() => '');
        const argv0 = cmdline.split('\0')[0] ?? '';
        const name = argv0
          ? baseName(argv0.split(' ')[0] ?? argv0)
          : (await readFile(`${procRoot}/${pid}/comm`, 'utf8').catch(() => '')).trim();
        return name ? { pid: Number(pid), name } : undefined;
      }),
  );
  return found.filter((p): p is RunningProcess => p !== undefined);
}

/** Every running process of this PC (name and PID), or why they could not be listed. */
export async function listProcesses(
  platform: NodeJS.Platform,
  options: RunOptions & { procRoot?: string } = {},
): Promise<RunningProcess[] | string> {
  if (platform === 'win32') {
    const out = await runCommand(windowsTasklistCommand, options);
    return out.ok ? parseTasklistCsv(out.stdout) : `tasklist: ${out.reason}`;
  }
  if (platform === 'darwin') {
    const out = await runCommand(macosPsCommand, options);
    return out.ok ? parsePsOutput(out.stdout) : `ps: ${out.reason}`;
  }
  return linuxProcesses(options.procRoot ?? '/proc').catch((e: unknown) =>
    e instanceof Error ? e.message : String(e),
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
