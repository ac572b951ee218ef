import type { Translate } from '../../../shared/i18n';
import { resolvePort, type Catalog } from '../../../shared/catalog';
import { findBlockingChains, type BlockingChain } from './nft-analysis';
import { planFirewalld } from './plan-firewalld';
import type { LinuxFacts, PcFacts } from './pc-facts';
import type { PlannedChange } from './planned-change';
import type { NftRuleRef } from '../journal/journal';

/** The comment that marks an nftables rule as ours; undo finds the rule by it and deletes it by handle. */
export function nftComment(chain: Pick<BlockingChain, 'family' | 'table' | 'chain'>): string {
  return `session-prep:${chain.family}:${chain.table}:${chain.chain}`.slice(0, 120);
}

/** The TCP ports of the catalog's endpoints, in order. */
export function vendorPorts(catalog: Catalog): number[] {
  const ports = new Set<number>();
  for (const e of catalog.endpoints) for (const p of e.ports) ports.add(resolvePort(p).port);
  return [...ports].sort((a, b) => a - b);
}

/** Linux: an allow rule in each chain that blocks the vendor's ports, ahead of the drop (or ufw's or firewalld's own rule). */
export function planLinux(
  catalog: Catalog,
  facts: PcFacts & { linux: LinuxFacts },
  t: Translate,
): PlannedChange[] {
  const ports = vendorPorts(catalog);
  const l = facts.linux;
  const changes: PlannedChange[] = [];
  const ufwMissing = ports.filter((p) => !(l.ufw?.allowedOutPorts ?? []).includes(p));
  if (l.ufw?.isActive && l.ufw.defaultOutgoing !== 'allow' && ufwMissing.length > 0)
    changes.push(ufwChange(ufwMissing, t));
  const firewalld = planFirewalld(l.firewalld, ports, t);
  changes.push(...firewalld);
  const isFirewalldRunning = l.firewalld?.isRunning === true;
  if (l.nftRulesetJson === null) {
    if (!l.ufw?.isActive && !isFirewalldRunning)
      changes.push(unreadable(l.nftUnreadableReason ?? '', t));
    return changes;
  }
  const chains = findBlockingChains(l.nftRulesetJson, ports);
  // ufw's tables are iptables-nft's: ufw's own rule is the way in, and nft must not edit them behind its back.
  const notUfw = l.ufw?.isActive ? chains.filter((c) => !/^ufw|^filter$/.test(c.table)) : chains;
  // firewalld rebuilds its table on every reload, wiping a rule of ours; its direct rules live in iptables' filter table.
  const hasDirect = firewalld.some((c) => c.id.startsWith('linux-firewalld-direct:'));
  const own = isFirewalldRunning
    ? notUfw.filter((c) => c.table !== 'firewalld' && !(hasDirect && c.table === 'filter'))
    : notUfw;
  for (const chain of own) changes.push(nftChange(chain, t));
  return changes;
}

function nftChange(chain: BlockingChain, t: Translate): PlannedChange {
  const comment = nftComment(chain);
  const match = [
    'tcp',
    'dport',
    `{ ${chain.blockedPorts.join(', ')} }`,
    'accept',
    'comment',
    JSON.stringify(comment),
  ];
  // `insert … position H` puts the rule right before the first drop; with only a drop policy, the end of the chain is ahead of it.
  const command =
    chain.firstDropHandle === undefined
      ? ['nft', 'add', 'rule', chain.family, chain.table, chain.chain, ...match]
      : [
          'nft',
          'insert',
          'rule',
          chain.family,
          chain.table,
          chain.chain,
          'position',
          String(chain.firstDropHandle),
          ...match,
        ];
  const ref = {
    family: chain.family as NftRuleRef['family'],
    table: chain.table,
    chain: chain.chain,
    comment,
  };
  return {
    id: `linux-nft:${chain.family}:${chain.table}:${chain.chain}`,
    title: t('fixes:change.linuxNft.title', { ports: chain.blockedPorts.join(', ') }),
    description: t('fixes:change.linuxNft.description', {
      ...ref,
      ports: chain.blockedPorts.join(', '),
    }),
    commands: [command],
    // Shown to the user; the journal finds the handle by the comment at undo time.
    undoCommands: [
      ['nft', 'delete', 'rule', chain.family, chain.table, chain.chain, 'handle', `<${comment}>`],
    ],
    needsElevation: true,
    state: 'needed',
    journalUndo: { kind: 'linux-nft', rules: [ref] },
  };
}

function ufwChange(ports: number[], t: Translate): PlannedChange {
  const specs = ports.map((p) => `${p}/tcp`);
  return {
    id: 'linux-ufw',
    title: t('fixes:change.linuxUfw.title', { ports: ports.join(', ') }),
    description: t('fixes:change.linuxUfw.description', { ports: ports.join(', ') }),
    commands: specs.map((s) => ['ufw', 'allow', 'out', s, 'comment', 'session-prep']),
    undoCommands: ufwUndoCommands(ports),
    needsElevation: true,
    state: 'needed',
    journalUndo: { kind: 'linux-ufw', ports },
  };
}

/** Deletes exactly the ufw rules the change added. */
export function ufwUndoCommands(ports: readonly number[]): string[][] {
  return ports.map((p) => ['ufw', 'delete', 'allow', 'out', `${p}/tcp`]);
}

function unreadable(why: string, t: Translate): PlannedChange {
  return {
    id: 'linux-nft-unreadable',
    title: t('fixes:change.linuxUnreadable.title'),
    description: t('fixes:change.linuxUnreadable.description'),
    commands: [],
    undoCommands: [],
    needsElevation: true,
    state: 'not_possible',
    reason: t('fixes:reason.nftUnreadable', { why }),
    journalUndo: { kind: 'nothing' },
  };
}
