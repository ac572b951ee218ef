import { imeEnableCommands, IME_KEY, IME_VALUE } from '../join/ime-setting';
import { nftRuleRefSchema, type NftRuleRef, type UndoRecord } from '../journal/journal';
import { undoRecordSchema, type LegacyUndo } from '../journal/undo-record';
import { scriptOf } from '../os/powershell';
import { SOCKETFILTERFW } from '../os/macos-firewall';
import { directUndoCommands, policyUndoCommands } from './plan-firewalld';
import { ufwUndoCommands } from './plan-linux';
import { macosUndoCommands } from './plan-macos';
import { defenderUndoCommands, firewallUndoCommands } from './plan-windows';

/** What undo runs for one record: commands built by the builders that applied it, and nft rules by comment. */
export interface UndoCommands {
  commands: string[][];
  needsElevation: boolean;
  nftRules: NftRuleRef[];
}

/** The commands that revert a change, rebuilt from its record (never read from the journal). */
export function undoCommandsOf(record: UndoRecord, dataDir: string): UndoCommands {
  const elevated = (commands: string[][]): UndoCommands => ({
    commands,
    needsElevation: true,
    nftRules: [],
  });
  switch (record.kind) {
    case 'windows-firewall':
      return elevated(firewallUndoCommands(record.rules));
    case 'windows-defender':
      return elevated(defenderUndoCommands(dataDir));
    case 'macos-firewall':
      return elevated(macosUndoCommands(record.apps));
    case 'linux-ufw':
      return elevated(ufwUndoCommands(record.ports));
    case 'linux-nft':
      return { commands: [], needsElevation: true, nftRules: record.rules };
    case 'linux-firewalld-policy':
      return elevated(policyUndoCommands(record.policy, record.ports));
    case 'linux-firewalld-direct':
      return elevated(directUndoCommands(record.ipv, record.priority, record.ports));
    case 'ime':
      // Per-user (HKCU): no elevation.
      return {
        commands: imeEnableCommands(record.before).undo,
        needsElevation: false,
        nftRules: [],
      };
    case 'nothing':
      return { commands: [], needsElevation: false, nftRules: [] };
  }
}

/** The commands a person is shown before undo: each argv, the nft deletions as they will be made. */
export function shownUndoCommands(undo: UndoCommands): string[][] {
  return [
    ...undo.nftRules.map((r) => [
      'nft',
      'delete',
      'rule',
      r.family,
      r.table,
      r.chain,
      'handle',
      `<${r.comment}>`,
    ]),
    ...undo.commands,
  ];
}

/**
 * An older journal entry (raw argv, before issue 14) as a record, only when its commands are exactly what
 * today's builders make for that record: an honest old entry is undone, a tampered one is reported and
 * never run. The record is guessed from the commands' shape, then proven by rebuilding and comparing.
 */
export function recordFromLegacy(undo: LegacyUndo, dataDir: string): UndoRecord | undefined {
  for (const candidate of candidatesOf(undo)) {
    const parsed = undoRecordSchema.safeParse(candidate);
    if (!parsed.success) continue;
    const rebuilt = undoCommandsOf(parsed.data, dataDir);
    const same =
      JSON.stringify(rebuilt.commands) === JSON.stringify(undo.commands) &&
      JSON.stringify(rebuilt.nftRules) === JSON.stringify(undo.nftRules ?? []);
    if (same) return parsed.data;
  }
  return undefined;
}

function candidatesOf(undo: LegacyUndo): unknown[] {
  const c = undo.commands;
  const first = c[0] ?? [];
  const out: unknown[] = [];
  if (c.length === 0 && undo.nftRules?.length) {
    const rules = undo.nftRules.map((r) => nftRuleRefSchema.safeParse(r));
    if (rules.every((r) => r.success))
      out.push({ kind: 'linux-nft', rules: rules.map((r) => r.data) });
  }
  if (c.length === 0 && !undo.nftRules?.length) out.push({ kind: 'nothing' });
  const portOf = (text: string | undefined, re: RegExp) => Number(re.exec(text ?? '')?.[1]);
  if (first[0] === 'ufw')
    out.push({ kind: 'linux-ufw', ports: c.map((a) => portOf(a[4], /^(\d+)\/tcp$/)) });
  if (first[0] === 'firewall-cmd' && first[1]?.startsWith('--policy='))
    out.push({
      kind: 'linux-firewalld-policy',
      policy: first[1].slice('--policy='.length),
      ports: c.map((a) => portOf(a[2], /port port="(\d+)"/)),
    });
  if (first[0] === 'firewall-cmd' && first[1] === '--direct')
    out.push({
      kind: 'linux-firewalld-direct',
      ipv: first[3],
      priority: Number(first[6]),
      ports: c.map((a) => Number(a[a.indexOf('--dport') + 1])),
    });
  if (first[0] === SOCKETFILTERFW)
    out.push({
      kind: 'macos-firewall',
      apps: c.map((a) => ({ path: a[2], restore: a[1] === '--blockapp' ? 'block' : 'remove' })),
    });
  if (first[0] === 'reg' && first[2] === IME_KEY && first[4] === IME_VALUE)
    out.push({
      kind: 'ime',
      before:
        first[1] === 'delete' ? { state: 'absent' } : { state: 'present', value: Number(first[9]) },
    });
  const script = c.length === 1 ? scriptOf(first) : undefined;
  if (script !== undefined) {
    const names = [...script.matchAll(/'(SessionPrep-Out-[0-9a-f]{16})'/g)].map((m) => m[1]);
    out.push({ kind: 'windows-firewall', rules: names }, { kind: 'windows-defender' });
  }
  return out;
}
