import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { sh, inNs } from './exec';

/** Every lab namespace starts with this, then the pid that made it, so a later run can find stale ones. */
export const LAB_PREFIX = 'splab';

export const addr = {
  pc: '10.50.1.2',
  officeLan: '10.50.1.1',
  officeWan: '10.50.2.1',
  vendorWan: '10.50.2.2',
  /** Vendor hosts live at 10.50.3.N; relay fronts for them at 10.50.4.N in the office. */
  vendorHost: (n: number) => `10.50.3.${n}`,
  relayHost: (n: number) => `10.50.4.${n}`,
  /** An address the office routes nowhere: for "nothing there". */
  nowhere: '10.50.9.9',
} as const;

export interface Topology {
  id: string;
  pc: string;
  office: string;
  vendor: string;
}

/** Three namespaces, PC — office (router) — vendor, joined by veth pairs made directly inside them. */
export interface PcResolver {
  /** resolv.conf `timeout` and `attempts` (default 1 and 1: "no answer" costs one second). */
  timeoutSec?: number | undefined;
  attempts?: number | undefined;
  /** The PC's hosts file (`ip netns exec` mounts /etc/netns/<pc>/hosts over /etc/hosts). */
  hosts?: Record<string, string>;
}

export async function createTopology(resolver: PcResolver = {}): Promise<Topology> {
  const id = `${LAB_PREFIX}${process.pid}x${randomBytes(3).toString('hex')}`;
  const t: Topology = { id, pc: `${id}-pc`, office: `${id}-of`, vendor: `${id}-vn` };
  try {
    for (const ns of [t.pc, t.office, t.vendor]) await sh('ip', ['netns', 'add', ns]);
    const batch = [
      `link add lan0 netns ${t.pc} type veth peer name lan1 netns ${t.office}`,
      `link add wan0 netns ${t.office} type veth peer name wan1 netns ${t.vendor}`,
    ].join('\n');
    await sh('ip', ['-batch', '-'], `${batch}\n`);
    await sh(
      'ip',
      ['-n', t.pc, '-batch', '-'],
      [
        'link set lo up',
        `addr add ${addr.pc}/24 dev lan0`,
        'link set lan0 up',
        `route add default via ${addr.officeLan}`,
      ].join('\n') + '\n',
    );
    await sh(
      'ip',
      ['-n', t.office, '-batch', '-'],
      [
        'link set lo up',
        `addr add ${addr.officeLan}/24 dev lan1`,
        'link set lan1 up',
        `addr add ${addr.officeWan}/24 dev wan0`,
        'link set wan0 up',
        `route add 10.50.3.0/24 via ${addr.vendorWan}`,
      ].join('\n') + '\n',
    );
    await sh(
      'ip',
      ['-n', t.vendor, '-batch', '-'],
      [
        'link set lo up',
        `addr add ${addr.vendorWan}/24 dev wan1`,
        'link set wan1 up',
        `route add default via ${addr.officeWan}`,
      ].join('\n') + '\n',
    );
    // /proc/sys/net belongs to the namespace of whoever opens it (no procps needed for sysctl).
    await inNs(t.office, 'tee', ['/proc/sys/net/ipv4/ip_forward'], '1\n');
    // The PC's resolver is the office's dnsmasq; short timeouts so "no answer" costs one second, not ten
    // (a scenario about a slow resolver asks for the OS defaults' length instead).
    await mkdir(`/etc/netns/${t.pc}`, { recursive: true });
    await writeFile(
      `/etc/netns/${t.pc}/resolv.conf`,
      `nameserver ${addr.officeLan}\noptions timeout:${resolver.timeoutSec ?? 1} attempts:${resolver.attempts ?? 1}\n`,
    );
    if (resolver.hosts) {
      const lines = Object.entries(resolver.hosts).map(([name, ip]) => `${ip} ${name}`);
      await writeFile(
        `/etc/netns/${t.pc}/hosts`,
        `127.0.0.1 localhost\n::1 localhost\n${lines.join('\n')}\n`,
      );
    }
    return t;
  } catch (e) {
    await destroyTopology(t);
    throw e;
  }
}

/** Adds vendor host addresses (10.50.3.N) to the vendor, and relay fronts (10.50.4.N) to the office. */
export async function addHostAddresses(
  t: Topology,
  ns: number[],
  withRelay: boolean,
): Promise<void> {
  const vendorCmds = ns.map((n) => `addr add ${addr.vendorHost(n)}/32 dev lo`);
  await sh('ip', ['-n', t.vendor, '-batch', '-'], vendorCmds.join('\n') + '\n');
  if (withRelay) {
    const officeCmds = ns.map((n) => `addr add ${addr.relayHost(n)}/32 dev lo`);
    await sh('ip', ['-n', t.office, '-batch', '-'], officeCmds.join('\n') + '\n');
  }
}

/** Deletes the namespaces (their processes are stopped by their owners first) and the resolver file. */
export async function destroyTopology(t: Topology): Promise<void> {
  for (const ns of [t.pc, t.office, t.vendor]) {
    await killNamespaceProcesses(ns);
    await sh('ip', ['netns', 'del', ns]).catch(() => undefined);
  }
  await rm(`/etc/netns/${t.pc}`, { recursive: true, force: true });
}

// Only processes inside a lab namespace this harness made: the namespace is ours, so is all that runs in it.
async function killNamespaceProcesses(ns: string): Promise<void> {
  const pids = (await sh('ip', ['netns', 'pids', ns]).catch(() => ''))
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes lab namespaces left by runs whose process is gone (a crash, a killed CI job). */
export async function cleanStaleLabs(): Promise<string[]> {
  const list = await sh('ip', ['netns', 'list']).catch(() => '');
  const stale = new Set<string>();
  for (const line of list.split('\n')) {
    const name = line.split(' ')[0] ?? '';
    const m = new RegExp(`^${LAB_PREFIX}(\\d+)x[0-9a-f]+-(pc|of|vn)$`).exec(name);
    if (m && !isAlive(Number(m[1]))) stale.add(name);
  }
  for (const ns of stale) {
    await killNamespaceProcesses(ns);
    await sh('ip', ['netns', 'del', ns]).catch(() => undefined);
    await rm(`/etc/netns/${ns}`, { recursive: true, force: true });
  }
  return [...stale];
}
