/** What the planner needs from a running firewalld (≥ 0.9 for policies); gathered by `gather-facts.ts`. */
export interface FirewalldFacts {
  isRunning: boolean;
  policies: FirewalldPolicy[];
  directRules: FirewalldDirectRule[];
}

export interface FirewalldPolicy {
  name: string;
  target: string;
  ingressZones: string[];
  egressZones: string[];
  /** "443/tcp", "8000-8010/tcp" as firewalld lists them. */
  ports: string[];
  services: string[];
  richRules: string[];
}

export interface FirewalldDirectRule {
  ipv: string;
  table: string;
  chain: string;
  priority: number;
  args: string[];
}

/** `firewall-cmd --state` prints "running" (exit 0) or "not running" (exit 252). */
export function firewalldIsRunning(code: number | null, stdout: string): boolean {
  return code === 0 && stdout.trim() === 'running';
}

/** `firewall-cmd --get-policies`: names separated by spaces. */
export function parsePolicyNames(text: string): string[] {
  return text.split(/\s+/).filter((n) => n.length > 0);
}

const LIST_FIELDS = new Set(['ingress-zones', 'egress-zones', 'ports', 'services']);

/**
 * `firewall-cmd --info-policy=<name>`: a first line with the name (and "(active)"), then "  key: value"
 * lines; the rich rules follow "  rich rules:" one per line, indented further.
 */
export function parsePolicyInfo(text: string): FirewalldPolicy | null {
  const lines = text.split(/\r?\n/);
  const name = /^(\S+)/.exec(lines[0] ?? '')?.[1];
  if (!name) return null;
  const fields = new Map<string, string[]>();
  let target = '';
  const richRules: string[] = [];
  let inRich = false;
  for (const line of lines.slice(1)) {
    const field = /^\s{1,2}(\S[^:]*):\s*(.*)$/.exec(line);
    // Rich rules are indented further (spaces or a tab) and may hold colons (IPv6): never read them as fields.
    if (field?.[1] && !line.startsWith('\t')) {
      const key = field[1].trim();
      const value = (field[2] ?? '').trim();
      inRich = key === 'rich rules';
      if (key === 'target') target = value;
      else if (LIST_FIELDS.has(key))
        fields.set(
          key,
          value.split(/\s+/).filter((v) => v.length > 0),
        );
      if (inRich && value) richRules.push(value);
      continue;
    }
    if (inRich && line.trim()) richRules.push(line.trim());
  }
  return {
    name,
    target,
    ingressZones: fields.get('ingress-zones') ?? [],
    egressZones: fields.get('egress-zones') ?? [],
    ports: fields.get('ports') ?? [],
    services: fields.get('services') ?? [],
    richRules,
  };
}

/** `firewall-cmd --direct --get-all-rules`: "ipv4 filter OUTPUT 0 -p tcp --dport 443 -j DROP" per line. */
export function parseDirectRules(text: string): FirewalldDirectRule[] {
  const rules: FirewalldDirectRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [ipv, table, chain, priority, ...args] = line.trim().split(/\s+/);
    if (!ipv || !table || !chain || priority === undefined || !/^-?\d+$/.test(priority)) continue;
    rules.push({ ipv, table, chain, priority: Number(priority), args });
  }
  return rules;
}
