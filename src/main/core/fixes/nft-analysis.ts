import { z } from 'zod';

/** A base chain on the output hook that drops or rejects some of the vendor's ports, and where to allow them. */
export interface BlockingChain {
  family: string;
  table: string;
  chain: string;
  /** The ports this chain drops or may drop. */
  blockedPorts: number[];
  /** Handle of the first rule that drops them; undefined when only the chain's policy does. */
  firstDropHandle: number | undefined;
}

const chainSchema = z.object({
  family: z.string(),
  table: z.string(),
  name: z.string(),
  hook: z.string().optional(),
  policy: z.string().optional(),
});
const ruleSchema = z.object({
  family: z.string(),
  table: z.string(),
  chain: z.string(),
  handle: z.number().int(),
  comment: z.string().optional(),
  expr: z.array(z.record(z.string(), z.unknown())),
});
const listingSchema = z.object({ nftables: z.array(z.record(z.string(), z.unknown())) });

// Names we pass back to nft as words of its command line: anything else could be read as nft syntax.
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const IP_FAMILIES = new Set(['ip', 'ip6', 'inet']);

type RuleEffect = {
  verdict: 'accept' | 'drop' | 'other';
  ports: Set<number> | 'all';
  isConditional: boolean;
};

/**
 * The output chains that block any of `ports` for a new TCP connection, from `nft -j list ruleset`.
 * Conservative: a drop behind a condition we do not model (an address, an interface) counts as blocking.
 */
export function findBlockingChains(rulesetJson: string, ports: readonly number[]): BlockingChain[] {
  const listing = listingSchema.parse(JSON.parse(rulesetJson));
  const chains: z.infer<typeof chainSchema>[] = [];
  const rules: z.infer<typeof ruleSchema>[] = [];
  for (const item of listing.nftables) {
    const c = chainSchema.safeParse(item.chain);
    if (c.success) chains.push(c.data);
    const r = ruleSchema.safeParse(item.rule);
    if (r.success) rules.push(r.data);
  }
  const found: BlockingChain[] = [];
  for (const chain of chains) {
    if (chain.hook !== 'output' || !IP_FAMILIES.has(chain.family)) continue;
    if (!SAFE_NAME.test(chain.table) || !SAFE_NAME.test(chain.name)) continue;
    const own = rules.filter(
      (r) => r.family === chain.family && r.table === chain.table && r.chain === chain.name,
    );
    const blocked = new Map<number, number | undefined>();
    for (const port of ports) {
      const outcome = fateOfPort(
        port,
        own.map((r) => ({ handle: r.handle, effect: effectOf(r.expr) })),
        chain.policy === 'drop',
      );
      if (outcome.isBlocked) blocked.set(port, outcome.handle);
    }
    if (blocked.size === 0) continue;
    const handles = [...blocked.values()].filter((h): h is number => h !== undefined);
    // The allow goes before the earliest rule that drops any of the ports (rules run in list order).
    const firstDropHandle = handles.length
      ? own.find((r) => handles.includes(r.handle))?.handle
      : undefined;
    found.push({
      family: chain.family,
      table: chain.table,
      chain: chain.name,
      blockedPorts: [...blocked.keys()],
      firstDropHandle,
    });
  }
  return found;
}

function fateOfPort(
  port: number,
  rules: { handle: number; effect: RuleEffect }[],
  policyDrops: boolean,
): { isBlocked: boolean; handle?: number } {
  for (const { handle, effect } of rules) {
    const covers = effect.ports === 'all' || effect.ports.has(port);
    if (!covers || effect.verdict === 'other') continue;
    if (effect.verdict === 'drop') return { isBlocked: true, handle };
    // An accept for this port that depends on nothing else lets a new connection out for good.
    if (!effect.isConditional) return { isBlocked: false };
  }
  return { isBlocked: policyDrops };
}

function effectOf(expr: Record<string, unknown>[]): RuleEffect {
  let verdict: RuleEffect['verdict'] = 'other';
  let ports: RuleEffect['ports'] = 'all';
  let isConditional = false;
  for (const e of expr) {
    if ('accept' in e) verdict = 'accept';
    else if ('drop' in e || 'reject' in e) verdict = 'drop';
    else if ('match' in e) {
      const dport = destinationPorts(e.match);
      if (dport) ports = intersect(ports, dport);
      else if (!isTcpProtocolMatch(e.match)) isConditional = true;
    } else if (!('counter' in e) && !('log' in e) && !('limit' in e)) isConditional = true;
  }
  return { verdict, ports, isConditional };
}

function intersect(a: Set<number> | 'all', b: Set<number>): Set<number> {
  if (a === 'all') return b;
  return new Set(Array.from(a).filter((p) => b.has(p)));
}

function destinationPorts(match: unknown): Set<number> | null {
  const m = z
    .object({
      op: z.string(),
      left: z.object({ payload: z.object({ field: z.string() }) }),
      right: z.unknown(),
    })
    .safeParse(match);
  if (
    !m.success ||
    m.data.left.payload.field !== 'dport' ||
    (m.data.op !== '==' && m.data.op !== 'in')
  )
    return null;
  const out = new Set<number>();
  const add = (v: unknown) => {
    if (typeof v === 'number') out.add(v);
    const range = z.object({ range: z.tuple([z.number(), z.number()]) }).safeParse(v);
    if (range.success)
      for (let p = range.data.range[0]; p <= range.data.range[1] && out.size < 70000; p++)
        out.add(p);
  };
  const right = m.data.right;
  const set = z.object({ set: z.array(z.unknown()) }).safeParse(right);
  if (set.success) set.data.set.forEach(add);
  else add(right);
  return out;
}

function isTcpProtocolMatch(match: unknown): boolean {
  // `meta l4proto tcp` / `ip protocol tcp`: the vendor's ports are TCP, so this narrows nothing for us.
  const m = z.object({ right: z.unknown() }).safeParse(match);
  return m.success && m.data.right === 'tcp';
}
