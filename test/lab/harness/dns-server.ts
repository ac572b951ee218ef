import type { ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sh, spawnInNs, stopChild } from './exec';

/** How the office DNS answers for one name. `refused`: dnsmasq has no upstream for it, so it says REFUSED. */
export type DnsAnswer =
  | { kind: 'address'; ip: string }
  | { kind: 'nxdomain' }
  | { kind: 'refused' }
  | { kind: 'sinkhole' };

export function dnsmasqConfig(listenIp: string, names: ReadonlyMap<string, DnsAnswer>): string {
  const lines = [
    `listen-address=${listenIp}`,
    'bind-interfaces',
    'port=53',
    'no-resolv',
    'no-hosts',
    'no-negcache',
  ];
  for (const [name, a] of names) {
    switch (a.kind) {
      case 'address':
        // `local=` makes the AAAA question an empty answer (NODATA) instead of REFUSED.
        lines.push(`host-record=${name},${a.ip}`, `local=/${name}/`);
        break;
      case 'nxdomain':
        lines.push(`address=/${name}/`);
        break;
      case 'sinkhole':
        // "#" is dnsmasq's null address: 0.0.0.0 for A and :: for AAAA, what DNS filters answer.
        lines.push(`address=/${name}/#`);
        break;
      case 'refused':
        break;
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Starts dnsmasq (Debian's dnsmasq-base) in the office namespace; resolves once it answers. */
export async function startDnsmasq(
  ns: string,
  dir: string,
  listenIp: string,
  names: ReadonlyMap<string, DnsAnswer>,
): Promise<ChildProcess> {
  const conf = join(dir, 'dnsmasq.conf');
  await writeFile(conf, dnsmasqConfig(listenIp, names));
  const child = spawnInNs(ns, 'dnsmasq', [
    `--conf-file=${conf}`,
    '--keep-in-foreground',
    '--user=root',
    `--pid-file=${join(dir, 'dnsmasq.pid')}`,
    `--log-facility=${join(dir, 'dnsmasq.log')}`,
  ]);
  // dnsmasq binds before it goes into the foreground loop; a config error makes it exit at once.
  for (let i = 0; i < 50; i++) {
    if (child.exitCode !== null) throw new Error(`dnsmasq exited ${child.exitCode}`);
    const ss = await sh('ip', ['netns', 'exec', ns, 'ss', '-lun']).catch(() => '');
    if (ss.includes(`${listenIp}:53`)) return child;
    await new Promise((r) => setTimeout(r, 50));
  }
  await stopChild(child);
  throw new Error('dnsmasq did not start listening');
}
