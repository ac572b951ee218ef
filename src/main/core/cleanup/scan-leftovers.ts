import { posix, win32 } from 'node:path';
import type { CleanupScan, Leftover } from '../../../shared/cleanup-schemas';
import { translator } from '../../../shared/i18n';
import { undoableJournal } from '../fixes/undo';
import type { CleanupContext } from './cleanup-context';
import { findAgentProcesses } from './find-processes';
import { resolveTarget } from './resolve-target';
import {
  findLinuxItems,
  findMacItems,
  findWindowsItems,
  type CleanupAction,
  type SystemItem,
} from './system-items';

/** A leftover with what removing it means: kept in core, never sent to the renderer. */
export interface Finding extends Leftover {
  action: CleanupAction;
}

export interface ScanOutcome {
  findings: Finding[];
  refused: CleanupScan['refused'];
}

/** Finds what the agent left and what we changed; touches nothing. */
export async function scanLeftovers(ctx: CleanupContext): Promise<ScanOutcome> {
  const t = translator(ctx.lang);
  const findings: Finding[] = [];
  const refused: CleanupScan['refused'] = [];
  const folders: string[] = [];

  for (const raw of ctx.catalog.agent.directories[ctx.platform] ?? []) {
    const target = await resolveTarget(raw, ctx);
    if (target.state === 'refused') {
      refused.push({
        path: target.path ?? raw,
        reason: t(`cleanup:refusal.${target.reason}`, { raw }),
      });
      continue;
    }
    if (target.state === 'absent') continue;
    folders.push(target.path);
    const name = (ctx.platform === 'win32' ? win32 : posix).basename(target.path);
    findings.push({
      id: `folder:${target.path}`,
      kind: 'folder',
      label: t('cleanup:kind.folder', { name }),
      location: target.path,
      removable: true,
      action: { type: 'trash', path: target.path, dev: target.dev, ino: target.ino },
    });
  }

  for (const p of await findAgentProcesses(ctx, folders)) {
    const isOurs = p.match === 'inside';
    findings.push({
      id: `process:${p.pid}`,
      kind: 'process',
      label: t('cleanup:kind.process', { name: p.name, pid: p.pid }),
      location: p.path ?? p.name,
      removable: isOurs,
      reason: p.match === 'inside' ? undefined : t(`cleanup:blocker.${BLOCKER[p.match]}`),
      action: isOurs ? { type: 'stop_process', pid: p.pid, path: p.path ?? '' } : { type: 'none' },
    });
  }

  const system: SystemItem[] =
    ctx.platform === 'win32'
      ? await findWindowsItems(ctx, folders)
      : ctx.platform === 'darwin'
        ? await findMacItems(ctx)
        : await findLinuxItems(ctx);
  for (const item of system) {
    findings.push({
      id: item.id,
      kind: item.kind,
      label: t(`cleanup:kind.${item.kind}`, { name: item.name }),
      location: item.location,
      removable: item.blocker === undefined,
      reason:
        item.blocker === undefined
          ? item.action.type === 'commands' && item.action.elevate
            ? t('cleanup:blocker.asksAdmin')
            : undefined
          : t(`cleanup:blocker.${item.blocker}`),
      action: item.action,
    });
  }

  const journal = await undoableJournal({ dataDir: ctx.dataDir, lang: ctx.lang }).catch(
    (error: unknown) => ({
      entries: [],
      refusals: [{ id: 'journal', ok: false, message: String(error) }],
    }),
  );
  // An entry undo will not run is shown, never acted on.
  for (const r of journal.refusals) refused.push({ path: r.id, reason: r.message });
  for (const entry of journal.entries) {
    findings.push({
      id: `change:${entry.id}`,
      kind: 'our_change',
      label: t('cleanup:kind.our_change', { name: entry.title }),
      location: entry.id,
      removable: true,
      action: { type: 'undo_change', journalId: entry.id },
    });
  }
  // Processes first in the list, as they are stopped first.
  findings.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  return { findings, refused };
}

const BLOCKER = {
  other_user: 'other_user',
  named: 'path_hidden',
  named_elsewhere: 'runs_elsewhere',
} as const;

/** The order of removal: stop what runs, let the vendor uninstall, then move what is left, then undo ours. */
export const ORDER: Leftover['kind'][] = [
  'process',
  'service',
  'unit',
  'uninstall_entry',
  'package',
  'launch_agent',
  'url_handler',
  'folder',
  'our_change',
];

/** The scan as the API shows it. */
export function toCleanupScan(outcome: ScanOutcome, platform: string): CleanupScan {
  return {
    platform,
    items: outcome.findings.map(({ action: _action, ...leftover }) => leftover),
    refused: outcome.refused,
  };
}
