import { inNs, sh } from './exec';

/** What the office firewall does to TCP for one address and port. */
export type FirewallAction = 'drop' | 'reset' | 'icmp-unreachable';

export interface FirewallRule {
  ip: string;
  port: number;
  action: FirewallAction;
}

export interface OfficeFirewall {
  rules: FirewallRule[];
  /** "No answer from DNS": the office drops everything to port 53. */
  isDnsDropped?: boolean;
  /** Random loss of this percentage of forwarded TCP packets, both ways. */
  lossPercent?: number;
}

function verdictOf(action: FirewallAction): string {
  switch (action) {
    case 'drop':
      return 'drop';
    case 'reset':
      return 'reject with tcp reset';
    case 'icmp-unreachable':
      return 'reject with icmpx type host-unreachable';
  }
}

/** The office's nftables ruleset: the same rules for forwarded traffic and for the relay fronts it serves itself. */
export function officeRuleset(f: OfficeFirewall): string {
  const rules = f.rules.map((r) => `ip daddr ${r.ip} tcp dport ${r.port} ${verdictOf(r.action)}`);
  const dns = f.isDnsDropped ? ['udp dport 53 drop', 'tcp dport 53 drop'] : [];
  const loss = f.lossPercent
    ? [`meta l4proto tcp numgen random mod 100 < ${f.lossPercent} drop`]
    : [];
  const chain = (name: string, hook: string, body: string[]) =>
    `  chain ${name} {\n    type filter hook ${hook} priority 0; policy accept;\n${body.map((l) => `    ${l}\n`).join('')}  }\n`;
  // Declaring then deleting the table first makes the file replace the ruleset instead of adding to it.
  // The office's own connections (the proxy's, the relay's) meet the same rules on their way out.
  return `table inet lab\ndelete table inet lab\ntable inet lab {\n${chain('through', 'forward', [...rules, ...loss])}${chain('to_office', 'input', [...dns, ...rules, ...loss])}${chain('from_office', 'output', rules)}}\n`;
}

export async function applyOfficeFirewall(officeNs: string, f: OfficeFirewall): Promise<void> {
  await inNs(officeNs, 'nft', ['-f', '-'], officeRuleset(f));
}

/** The PC's own firewall refusing a connect (EACCES): a routing rule of type prohibit for one address and port. */
export async function blockOnPc(pcNs: string, ip: string, port: number): Promise<void> {
  await sh('ip', [
    '-n',
    pcNs,
    'rule',
    'add',
    'to',
    ip,
    'ipproto',
    'tcp',
    'dport',
    String(port),
    'prohibit',
  ]);
}

/** Rate-limits what the office sends towards the PC (the download direction) with a token bucket. */
export async function shapeDownload(
  officeNs: string,
  rateKbit: number,
  queueMs = 200,
): Promise<void> {
  // A bucket of ~20 ms of traffic (at least 3 kB, two full packets) keeps the first burst from inflating short
  // measurements; the queue holds 200 ms so TCP sees delay before loss.
  const burstBytes = Math.max(3000, Math.round((rateKbit * 1000) / 8 / 50));
  await sh('tc', [
    '-n',
    officeNs,
    'qdisc',
    'replace',
    'dev',
    'lan1',
    'root',
    'tbf',
    'rate',
    `${rateKbit}kbit`,
    'burst',
    String(burstBytes),
    'latency',
    `${queueMs}ms`,
  ]);
}

export async function unshapeDownload(officeNs: string): Promise<void> {
  await sh('tc', ['-n', officeNs, 'qdisc', 'del', 'dev', 'lan1', 'root']).catch(() => undefined);
}
