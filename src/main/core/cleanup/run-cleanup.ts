import type { CleanupResult } from '../../../shared/cleanup-schemas';
import { translator } from '../../../shared/i18n';
import { elevated } from '../os/elevation';

import { commandOf, failureText } from '../os/run-command';
import { undoableJournal, undoEntry } from '../fixes/undo';
import { moveToTrash } from '../trash/move-to-trash';
import type { CleanupContext } from './cleanup-context';
import { isLinuxProcessAlive, listProcesses, taskkillCommand } from '../os/processes';
import { isStillThere } from './resolve-target';
import { ORDER, scanLeftovers, toCleanupScan, type Finding } from './scan-leftovers';

type Outcome = CleanupResult['outcomes'][number];

/**
 * Removes the chosen items, then scans again. Ids are looked up in a fresh scan, never trusted as paths:
 * an id that the scan does not produce again (gone meanwhile, or made up) is reported, not acted on.
 */
export async function runCleanup(
  ids: readonly string[],
  ctx: CleanupContext,
): Promise<CleanupResult> {
  const t = translator(ctx.lang);
  const wanted = new Set(ids);
  const before = await scanLeftovers(ctx);
  const chosen = before.findings.filter((f) => wanted.has(f.id));
  const outcomes: Outcome[] = ids
    .filter((id) => !chosen.some((f) => f.id === id))
    .map((id) => ({ id, ok: true, message: t('cleanup:outcome.alreadyGone') }));
  outcomes.push(...(await removeFindings(chosen, ctx)));
  const after = await scanLeftovers(ctx);
  return { outcomes, after: toCleanupScan(after, ctx.platform) };
}

/** Removes what a scan found, in the order of removal; each item's failure is its own outcome. */
export async function removeFindings(
  findings: readonly Finding[],
  ctx: CleanupContext,
): Promise<Outcome[]> {
  const ordered = [...findings].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  const outcomes: Outcome[] = [];
  for (const finding of ordered) outcomes.push(await removeSafely(finding, ctx));
  return outcomes;
}

/** One item's removal; whatever goes wrong with it is its own outcome, and the others still run. */
async function removeSafely(finding: Finding, ctx: CleanupContext): Promise<Outcome> {
  try {
    return await removeOne(finding, ctx);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      id: finding.id,
      ok: false,
      message: translator(ctx.lang)('cleanup:outcome.commandFailed', {
        label: finding.label,
        why: why.slice(0, 300),
      }),
    };
  }
}

async function removeOne(finding: Finding, ctx: CleanupContext): Promise<Outcome> {
  const t = translator(ctx.lang);
  const { label } = finding;
  const done = (ok: boolean, message: string): Outcome => ({ id: finding.id, ok, message });
  const action = finding.action;
  switch (action.type) {
    case 'none':
      return done(false, t('cleanup:outcome.notRemovable', { label, why: finding.reason ?? '' }));
    case 'stop_process':
      // The pid may have been reused since the scan: it is stopped only while it still runs the agent's program.
      if (!(await runsProgram(action.pid, action.path, ctx)))
        return done(true, t('cleanup:outcome.alreadyGone'));
      return (await stopProcess(action.pid, ctx))
        ? done(true, t('cleanup:outcome.stopped', { label }))
        : done(false, t('cleanup:outcome.stillRunning', { label }));
    case 'trash': {
      // The very folder the scan saw, at its real path: a parent swapped for a link since then moves nothing.
      if (!(await isStillThere(action)))
        return done(false, t('cleanup:outcome.changedSinceScan', { label }));
      const moved = await moveToTrash(action.path, ctx);
      if (moved.ok) return done(true, t('cleanup:outcome.trashed', { label }));
      // The vendor's uninstaller, run just before, may have removed the folder itself.
      if (moved.why === 'ENOENT') return done(true, t('cleanup:outcome.alreadyGone'));
      if (moved.why === 'EACCES' || moved.why === 'EPERM')
        return done(false, t('cleanup:outcome.trashNeedsAdmin', { label }));
      return done(false, t('cleanup:outcome.trashFailed', { label, why: moved.why }));
    }
    case 'commands': {
      const wrap = (argv: readonly string[]) =>
        action.elevate ? elevated(argv, ctx.platform, ctx.isPrivileged) : [...argv];
      for (const argv of action.bestEffort ?? []) await ctx.run(commandOf(wrap(argv)));
      for (const argv of action.commands) {
        const result = await ctx.run(commandOf(wrap(argv)));
        if (!result.ok)
          return done(
            false,
            t('cleanup:outcome.commandFailed', { label, why: failureText(result).slice(0, 300) }),
          );
      }
      return done(true, t('cleanup:outcome.commandDone', { label }));
    }
    case 'undo_change': {
      const { entries } = await undoableJournal({ dataDir: ctx.dataDir, lang: ctx.lang });
      const entry = entries.find((e) => e.id === action.journalId);
      if (!entry) return done(true, t('cleanup:outcome.alreadyGone'));
      const undone = await undoEntry(
        entry,
        // The front door's environment (its PATH) when it has one.
        { dataDir: ctx.dataDir, lang: ctx.lang, ...(ctx.env.PATH ? { env: { ...ctx.env } } : {}) },
        { runner: ctx.run, platform: ctx.platform, isPrivileged: ctx.isPrivileged },
      );
      return { id: finding.id, ok: undone.ok, message: undone.message };
    }
  }
}

async function runsProgram(pid: number, path: string, ctx: CleanupContext): Promise<boolean> {
  const listed = await listProcesses(ctx.platform, { procRoot: ctx.procDir, run: ctx.run });
  return typeof listed !== 'string' && listed.some((p) => p.pid === pid && p.path === path);
}

/** Ends a process: politely first, then for sure. On Windows taskkill does both at once (/F). */
async function stopProcess(pid: number, ctx: CleanupContext): Promise<boolean> {
  if (ctx.platform === 'win32') return (await ctx.run(commandOf(taskkillCommand(pid)))).ok;
  const alive = async () =>
    ctx.platform === 'linux' ? isLinuxProcessAlive(ctx.procDir, pid) : signalAlive(pid);
  if (!send(pid, 'SIGTERM')) return !(await alive());
  const deadline = Date.now() + ctx.stopGraceMs;
  while (Date.now() < deadline) {
    if (!(await alive())) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  send(pid, 'SIGKILL');
  for (let i = 0; i < 40; i++) {
    if (!(await alive())) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

function send(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

function signalAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
