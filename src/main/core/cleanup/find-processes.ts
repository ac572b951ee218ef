import { posix, win32 } from 'node:path';
import { listProcesses, type RunningProcess } from '../os/processes';
import type { CleanupContext } from './cleanup-context';
import { isStrictlyInside } from './resolve-target';

export type ProcessMatch = 'inside' | 'other_user' | 'named' | 'named_elsewhere';

/**
 * How a process belongs to the agent: its executable lies in an agent folder ('inside', the only one
 * ever stopped), or it does but runs as another user while we are not elevated ('other_user'), or it has
 * one of the catalog's executable names and we cannot see its path ('named'), or it has such a name but
 * runs from somewhere else ('named_elsewhere'). The last three are shown, never stopped: a name alone
 * (agent.exe) is not unique, and another user's processes are not ours to end.
 */
export function matchAgentProcess(
  p: RunningProcess,
  executables: readonly string[],
  folders: readonly string[],
  platform: CleanupContext['platform'],
  owner: { uid: number; isPrivileged: boolean } = { uid: p.uid ?? 0, isPrivileged: true },
): ProcessMatch | undefined {
  if (p.path !== undefined && folders.some((f) => isStrictlyInside(p.path as string, f, platform)))
    return owner.isPrivileged || p.uid === undefined || p.uid === owner.uid
      ? 'inside'
      : 'other_user';
  const names = new Set(executables.map((e) => e.toLowerCase()));
  if (!names.has(p.name.toLowerCase())) return undefined;
  return p.path === undefined ? 'named' : 'named_elsewhere';
}

/** The agent's running processes on this PC, each with how it was recognised. */
export async function findAgentProcesses(
  ctx: CleanupContext,
  folders: readonly string[],
): Promise<(RunningProcess & { match: ProcessMatch })[]> {
  const listed = await listProcesses(ctx.platform, { procRoot: ctx.procDir, run: ctx.run });
  // Processes that cannot be listed cannot be stopped either: the scan shows none.
  const all = typeof listed === 'string' ? [] : listed;
  const execs = ctx.catalog.agent.executables.map((e) =>
    ctx.platform === 'win32' ? win32.basename(e) : posix.basename(e),
  );
  const found: (RunningProcess & { match: ProcessMatch })[] = [];
  for (const p of all) {
    const match =
      p.pid === ctx.selfPid
        ? undefined
        : matchAgentProcess(p, execs, folders, ctx.platform, {
            uid: ctx.uid,
            isPrivileged: ctx.isPrivileged,
          });
    if (match) found.push({ ...p, match });
  }
  return found;
}
