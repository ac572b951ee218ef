import type { Translate } from '../../../shared/i18n';
import type { FirewalldDirectRule, FirewalldFacts, FirewalldPolicy } from './firewalld-facts';
import type { PlannedChange } from './planned-change';

// Names we pass to firewall-cmd inside `--policy=<name>`: anything else is not a policy of firewalld's.
const SAFE_POLICY = /^[A-Za-z0-9][A-Za-z0-9_+-]{0,63}$/;
const BLOCKING_TARGETS = new Set(['DROP', 'REJECT', '%%REJECT%%']);
const SERVICE_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443 };
// Direct-rule words that only narrow to TCP and a destination port; any other word is a condition we do not model.
const PORT_WORDS = new Set([
  '-p',
  '--protocol',
  '--dport',
  '--dports',
  '--destination-port',
  '--destination-ports',
  '-m',
  '--match',
  '-j',
  '--jump',
]);

/** The rich rule we add to a policy: fixed words and a validated port number, nothing taken from the PC's text. */
export function allowRichRule(port: number): string {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`allowRichRule: not a port: ${port}`);
  return `rule port port="${port}" protocol="tcp" accept`;
}

export function allowDirectArgs(port: number): string[] {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`allowDirectArgs: not a port: ${port}`);
  return ['-p', 'tcp', '--dport', String(port), '-j', 'ACCEPT'];
}

/** firewalld's own allow for each policy or direct OUTPUT chain that blocks the vendor's ports (runtime only). */
export function planFirewalld(
  fw: FirewalldFacts | undefined,
  ports: readonly number[],
  t: Translate,
): PlannedChange[] {
  if (!fw?.isRunning) return [];
  const changes: PlannedChange[] = [];
  for (const policy of fw.policies) {
    const blocked = policyBlocks(policy, ports);
    if (blocked.length > 0) changes.push(policyChange(policy.name, blocked, t));
  }
  for (const ipv of ['ipv4', 'ipv6'] as const) {
    const chain = fw.directRules
      .filter((r) => r.ipv === ipv && r.table === 'filter' && r.chain === 'OUTPUT')
      .sort((a, b) => a.priority - b.priority);
    const drops = ports
      .map((p) => ({ port: p, drop: firstDecision(chain, p) }))
      .filter((d) => d.drop?.isDrop);
    if (drops.length === 0) continue;
    // Lower priorities run first, and rules of equal priority have no fixed order: ours goes one below the first drop.
    const priority = Math.min(0, ...drops.map((d) => (d.drop?.priority ?? 0) - 1));
    changes.push(
      directChange(
        ipv,
        priority,
        drops.map((d) => d.port),
        t,
      ),
    );
  }
  return changes;
}

/** The ports a policy from this host to another zone drops by its target and does not already allow. */
export function policyBlocks(policy: FirewalldPolicy, ports: readonly number[]): number[] {
  const isOutbound =
    policy.ingressZones.includes('HOST') &&
    policy.egressZones.length > 0 &&
    !policy.egressZones.includes('HOST');
  if (!isOutbound || !BLOCKING_TARGETS.has(policy.target) || !SAFE_POLICY.test(policy.name))
    return [];
  return ports.filter((p) => !policyAllows(policy, p));
}

function policyAllows(policy: FirewalldPolicy, port: number): boolean {
  if (policy.services.some((s) => SERVICE_PORTS[s] === port)) return true;
  if (policy.ports.some((spec) => portSpecCovers(spec, port))) return true;
  // Our exact rule already there (added by hand or a run that lost its journal): adding it again would make undo remove theirs.
  return policy.richRules.some((r) => r.replace(/\s+/g, ' ').trim() === allowRichRule(port));
}

function portSpecCovers(spec: string, port: number): boolean {
  const m = /^(\d+)(?:-(\d+))?\/tcp$/.exec(spec);
  if (!m) return false;
  const low = Number(m[1]);
  const high = m[2] === undefined ? low : Number(m[2]);
  return port >= low && port <= high;
}

/** The first direct rule (in priority order) that decides a new TCP connection to `port`. */
function firstDecision(
  chain: readonly FirewalldDirectRule[],
  port: number,
): { isDrop: boolean; priority: number } | undefined {
  for (const rule of chain) {
    const effect = directEffect(rule.args);
    if (effect.verdict === 'other' || !effect.covers(port)) continue;
    if (effect.verdict === 'drop') return { isDrop: true, priority: rule.priority };
    // An accept that depends on nothing else lets the connection out; a conditional one may not.
    if (!effect.isConditional) return { isDrop: false, priority: rule.priority };
  }
  return undefined;
}

function directEffect(args: readonly string[]): {
  verdict: 'accept' | 'drop' | 'other';
  covers: (port: number) => boolean;
  isConditional: boolean;
} {
  const value = (...names: string[]) => {
    const at = args.findIndex((a) => names.includes(a));
    return at >= 0 ? args[at + 1] : undefined;
  };
  const jump = value('-j', '--jump');
  const verdict =
    jump === 'ACCEPT' ? 'accept' : jump === 'DROP' || jump === 'REJECT' ? 'drop' : 'other';
  const protocol = value('-p', '--protocol');
  const dports = value('--dport', '--dports', '--destination-port', '--destination-ports');
  const isConditional = args.some((a) => a === '!' || (a.startsWith('-') && !PORT_WORDS.has(a)));
  const covers = (port: number) => {
    if (protocol !== undefined && protocol !== 'tcp' && protocol !== 'all') return false;
    if (dports === undefined) return true;
    return dports.split(',').some((part) => {
      const [low, high] = part.split(':').map(Number);
      return low !== undefined && port >= low && port <= (high ?? low);
    });
  };
  return { verdict, covers, isConditional };
}

function policyChange(name: string, ports: number[], t: Translate): PlannedChange {
  const rules = ports.map(allowRichRule);
  const undo = policyUndoCommands(name, ports);
  return {
    id: `linux-firewalld-policy:${name}`,
    title: t('fixes:change.linuxFirewalldPolicy.title', { ports: ports.join(', ') }),
    description: t('fixes:change.linuxFirewalldPolicy.description', {
      policy: name,
      ports: ports.join(', '),
    }),
    commands: rules.map((r) => ['firewall-cmd', `--policy=${name}`, `--add-rich-rule=${r}`]),
    undoCommands: undo,
    needsElevation: true,
    state: 'needed',
    journalUndo: { kind: 'linux-firewalld-policy', policy: name, ports },
  };
}

/** Removes our rich rules from a policy (the name is checked against SAFE_POLICY here too). */
export function policyUndoCommands(name: string, ports: readonly number[]): string[][] {
  if (!SAFE_POLICY.test(name)) throw new Error(`policyUndoCommands: not a policy name: ${name}`);
  return ports.map((p) => [
    'firewall-cmd',
    `--policy=${name}`,
    `--remove-rich-rule=${allowRichRule(p)}`,
  ]);
}

function directRule(
  verb: '--add-rule' | '--remove-rule',
  ipv: 'ipv4' | 'ipv6',
  priority: number,
  port: number,
): string[] {
  return [
    'firewall-cmd',
    '--direct',
    verb,
    ipv,
    'filter',
    'OUTPUT',
    String(priority),
    ...allowDirectArgs(port),
  ];
}

/** Removes our direct rules. */
export function directUndoCommands(
  ipv: 'ipv4' | 'ipv6',
  priority: number,
  ports: readonly number[],
): string[][] {
  return ports.map((p) => directRule('--remove-rule', ipv, priority, p));
}

function directChange(
  ipv: 'ipv4' | 'ipv6',
  priority: number,
  ports: number[],
  t: Translate,
): PlannedChange {
  const undo = directUndoCommands(ipv, priority, ports);
  return {
    id: `linux-firewalld-direct:${ipv}`,
    title: t('fixes:change.linuxFirewalldDirect.title', { ports: ports.join(', ') }),
    description: t('fixes:change.linuxFirewalldDirect.description', {
      ipv,
      ports: ports.join(', '),
      priority,
    }),
    commands: ports.map((p) => directRule('--add-rule', ipv, priority, p)),
    undoCommands: undo,
    needsElevation: true,
    state: 'needed',
    journalUndo: { kind: 'linux-firewalld-direct', ipv, priority, ports },
  };
}
