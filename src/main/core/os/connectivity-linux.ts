import type { CommandSpec } from './command';
import { splitLines } from './text-lines';

/** A default route from the kernel's table. */
export interface DefaultRoute {
  family: 'ipv4' | 'ipv6';
  gateway?: string;
  interface?: string;
}

// rtnetlink route flags (linux/route.h, linux/ipv6_route.h).
const RTF_UP = 0x1;
const RTF_REJECT = 0x200;

/** A little-endian hex IPv4 address of /proc/net/route ("010200C0") as dotted quad ("192.0.2.1"). */
function hexToIpv4(hex: string): string {
  const n = Number.parseInt(hex, 16);
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff].join('.');
}

function hexToIpv6(hex: string): string {
  return (hex.match(/.{4}/g) ?? []).map((g) => g.replace(/^0{1,3}/, '')).join(':');
}

/** Default routes (destination and mask 0) of `/proc/net/route`, the main table, that are up. */
export function parseProcNetRoute(text: string): DefaultRoute[] {
  return splitLines(text)
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter(
      ([iface, dest, , flags, , , , mask]) =>
        iface &&
        dest === '00000000' &&
        mask === '00000000' &&
        (Number.parseInt(flags ?? '0', 16) & RTF_UP) !== 0,
    )
    .map(([iface, , gateway]) => ({
      family: 'ipv4' as const,
      ...(gateway && gateway !== '00000000' ? { gateway: hexToIpv4(gateway) } : {}),
      ...(iface ? { interface: iface } : {}),
    }));
}

/**
 * Default routes (::/0) of `/proc/net/ipv6_route` that are up; the kernel's own "unreachable" default on
 * `lo` (RTF_REJECT) is not a route out.
 */
export function parseProcIpv6Route(text: string): DefaultRoute[] {
  return splitLines(text)
    .map((line) => line.trim().split(/\s+/))
    .filter(([dest, prefix, , , , , , , flags, iface]) => {
      const f = Number.parseInt(flags ?? '0', 16);
      return (
        dest === '0'.repeat(32) &&
        prefix === '00' &&
        iface !== undefined &&
        iface !== 'lo' &&
        (f & RTF_UP) !== 0 &&
        (f & RTF_REJECT) === 0
      );
    })
    .map(([, , , , nextHop, , , , , iface]) => ({
      family: 'ipv6' as const,
      ...(nextHop && nextHop !== '0'.repeat(32) ? { gateway: hexToIpv6(nextHop) } : {}),
      ...(iface ? { interface: iface } : {}),
    }));
}

/** The `nameserver` lines of resolv.conf (resolv.conf(5)); comments start with # or ;. */
export function parseResolvConf(text: string): string[] {
  return splitLines(text)
    .map((l) => l.replace(/[#;].*$/, '').trim())
    .map((l) => /^nameserver\s+(\S+)/.exec(l)?.[1])
    .filter((s): s is string => s !== undefined);
}

/** NetworkManager's overall state, terse (nmcli(1): `nmcli -t -f STATE general`). */
export function networkManagerStateCommand(): CommandSpec {
  return { file: 'nmcli', args: ['-t', '-f', 'STATE', 'general'], timeoutMs: 5_000 };
}

/**
 * What NetworkManager's state says: "connected", "connected (local only)", "connected (site only)" and
 * "connecting" are connected or on their way; "disconnected" and "asleep" (networking off) are not.
 */
export function parseNetworkManagerState(stdout: string): {
  state: string;
  isConnected: boolean | null;
} {
  const state =
    splitLines(stdout)
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  if (/^(connected|connecting)/.test(state)) return { state, isConnected: true };
  if (/^(disconnected|asleep|disconnecting)/.test(state)) return { state, isConnected: false };
  return { state, isConnected: null };
}
