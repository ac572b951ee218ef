import type { Translate } from '../../../shared/i18n';
import type { Catalog } from '../../../shared/catalog';
import { SOCKETFILTERFW } from '../os/macos-firewall';
import { expandAgentPath } from './agent-paths';
import type { MacFacts, PcFacts } from './pc-facts';
import { expandFolders, type PlannedChange } from './planned-change';

/** macOS: the application firewall's allow entries for the agent's apps that are not allowed yet. */
export function planMacos(
  catalog: Catalog,
  facts: PcFacts & { macos: MacFacts },
  t: Translate,
): PlannedChange[] {
  const m = facts.macos;
  if (m.firewallState === 0) return [];
  const ctx = { platform: 'darwin' as const, env: facts.env, home: facts.home };
  const { refusals } = expandFolders(catalog.agent.directories.darwin ?? [], ctx, t);
  // An app found on disk is re-checked too: it must sit inside the allowed folders.
  const apps = m.agentApps.filter((app) => expandAgentPath(app, ctx).ok);
  const pending = apps.filter((app) => !m.listedApps.some((l) => l.path === app && l.isAllowed));
  if (apps.length > 0 && pending.length === 0 && refusals.length === 0) return [];
  const reason = refusals.length
    ? t('fixes:reason.badPaths', { list: refusals.join(' ') })
    : m.firewallState === 2
      ? t('fixes:reason.blockAllIncoming')
      : pending.length === 0
        ? t('fixes:reason.appNotInstalled')
        : undefined;
  const commands = pending.flatMap((app) => [
    [SOCKETFILTERFW, '--add', app],
    [SOCKETFILTERFW, '--unblockapp', app],
  ]);
  // Undo puts back what was there: an app we added is removed, one that was listed as blocked is blocked again.
  const restore = pending.map((path) => ({
    path,
    restore: m.listedApps.some((l) => l.path === path) ? ('block' as const) : ('remove' as const),
  }));
  const undo = macosUndoCommands(restore);
  return [
    {
      id: 'macos-firewall',
      title: t('fixes:change.macosFirewall.title'),
      description: t('fixes:change.macosFirewall.description', { apps: pending.join(', ') || '—' }),
      commands,
      undoCommands: undo,
      needsElevation: true,
      state: reason ? 'not_possible' : 'needed',
      ...(reason ? { reason } : {}),
      journalUndo: restore.length ? { kind: 'macos-firewall', apps: restore } : { kind: 'nothing' },
    },
  ];
}

/** Puts back what was there: an app we added is removed, one that was listed as blocked is blocked again. */
export function macosUndoCommands(
  apps: readonly { path: string; restore: 'remove' | 'block' }[],
): string[][] {
  return apps.map((a) => [
    SOCKETFILTERFW,
    a.restore === 'block' ? '--blockapp' : '--remove',
    a.path,
  ]);
}
