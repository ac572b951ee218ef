import type { CommandSpec } from './command';
import { splitLines } from './text-lines';

/** macOS's network information: each family's primary interfaces and reachability (`scutil --nwi`). */
export function scutilNwiCommand(): CommandSpec {
  return { file: '/usr/sbin/scutil', args: ['--nwi'], timeoutMs: 5_000 };
}

/** The resolvers the system uses (`scutil --dns`). */
export function scutilDnsCommand(): CommandSpec {
  return { file: '/usr/sbin/scutil', args: ['--dns'], timeoutMs: 5_000 };
}

export interface MacosNetworkInfo {
  /** Interfaces listed for IPv4 and IPv6, primary first. */
  ipv4: string[];
  ipv6: string[];
  /** Each family's REACH line ("Reachable", "Not Reachable"), when printed. */
  reach4?: string;
  reach6?: string;
  isConnected: boolean;
}

/**
 * `scutil --nwi` (configd's nwi log: "IPv4 network interface information", one `  en0 : flags …` line
 * per interface or "No IPv4 states found", then `REACH : flags 0x… (Reachable)`), in both the older and
 * the newer layout. Connected: a family has an interface and is not "Not Reachable".
 */
export function parseScutilNwi(text: string): MacosNetworkInfo {
  const info: MacosNetworkInfo = { ipv4: [], ipv6: [], isConnected: false };
  let family: 'ipv4' | 'ipv6' | undefined;
  for (const line of splitLines(text)) {
    if (/^IPv4 network interface information/.test(line)) family = 'ipv4';
    else if (/^IPv6 network interface information/.test(line)) family = 'ipv6';
    else if (/^Network interfaces:/.test(line)) family = undefined;
    if (!family) continue;
    const iface = /^\s+([a-z][\w]*\d+)\s*:\s*flags\b/.exec(line)?.[1];
    if (iface) info[family].push(iface);
    const reach = /^\s*REACH\s*:\s*flags\s+0x[0-9a-f]+\s*\(([^)]*)\)/i.exec(line)?.[1];
    if (reach !== undefined) info[family === 'ipv4' ? 'reach4' : 'reach6'] = reach;
  }
  const up = (ifaces: string[], reach?: string) =>
    ifaces.length > 0 && !/^Not Reachable/i.test(reach ?? '');
  info.isConnected = up(info.ipv4, info.reach4) || up(info.ipv6, info.reach6);
  return info;
}

/**
 * The name servers of `scutil --dns`, every resolver of both sections ("DNS configuration" and "… for
 * scoped queries"), in order, without repeats. Counting scoped resolvers too keeps a VPN's own DNS from
 * reading as "no DNS server".
 */
export function parseScutilDns(text: string): string[] {
  const servers: string[] = [];
  for (const line of splitLines(text)) {
    const server = /^\s*nameserver\[\d+\]\s*:\s*(\S+)/.exec(line)?.[1];
    if (server && !servers.includes(server)) servers.push(server);
  }
  return servers;
}
