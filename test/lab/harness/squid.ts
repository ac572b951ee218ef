import type { ChildProcess } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pem } from '../../fixtures/certificates';
import { sh, spawnInNs, stopChild } from './exec';

export interface SquidSetup {
  listenIp: string;
  dnsIp: string;
  /** The lab vendor's CA, so Squid trusts the vendor when it re-encrypts. */
  vendorCaPem: string;
  /** The inspection CA Squid signs its forged certificates with. */
  bumpCa: Pem;
  user: string;
  password: string;
  /** Destinations the corporate policy denies (dstdomain). */
  deniedHosts: string[];
  /** How long Squid tries to reach a destination before its ERR_CONNECT_FAIL page (default 5 s). */
  connectTimeoutSec?: number;
}

/** Three doors of one corporate proxy: Basic auth required, open (with a deny list), and SSL bump. */
export const squidPorts = { auth: 3128, open: 3129, bump: 3130 } as const;

export function squidConfig(dir: string, s: SquidSetup): string {
  const denied = s.deniedHosts.length ? s.deniedHosts.join(' ') : 'denied.invalid';
  return `
http_port ${s.listenIp}:${squidPorts.auth} name=auth
http_port ${s.listenIp}:${squidPorts.open} name=open
http_port ${s.listenIp}:${squidPorts.bump} name=bump ssl-bump tls-cert=${dir}/bump-ca.pem tls-key=${dir}/bump-ca.key generate-host-certificates=on dynamic_cert_mem_cache_size=4MB
sslcrtd_program /usr/lib/squid/security_file_certgen -s ${dir}/ssl_db -M 4MB
sslcrtd_children 2 startup=1 idle=1
tls_outgoing_options cafile=${dir}/vendor-ca.pem
auth_param basic program /usr/lib/squid/basic_ncsa_auth ${dir}/passwd
auth_param basic realm Lab corporate proxy
auth_param basic children 2 startup=1 idle=1
acl authport myportname auth
acl openport myportname open
acl bumpport myportname bump
acl denied dstdomain ${denied}
acl authed proxy_auth REQUIRED
http_access deny denied
http_access allow authport authed
http_access deny authport
http_access allow openport
http_access allow bumpport
http_access deny all
ssl_bump bump all
http_upgrade_request_protocols WebSocket allow all
dns_nameservers ${s.dnsIp}
dns_timeout 3 seconds
pid_filename ${dir}/squid.pid
cache_log ${dir}/cache.log
access_log ${dir}/access.log
cache deny all
coredump_dir ${dir}
pinger_enable off
shutdown_lifetime 0 seconds
connect_timeout ${s.connectTimeoutSec ?? 5} seconds
# Squid tries a destination again within forward_timeout: the page comes after the whole search.
forward_timeout ${s.connectTimeoutSec ?? 240} seconds
`;
}

/** Starts Squid (Debian's squid-openssl) in the office namespace and waits for its three ports. */
export async function startSquid(
  ns: string,
  parentDir: string,
  s: SquidSetup,
): Promise<ChildProcess> {
  const dir = join(parentDir, 'squid');
  await mkdir(dir, { recursive: true });
  // Squid drops to the `proxy` user: its files must be readable, its certificate database writable by it.
  await chmod(parentDir, 0o755);
  await chmod(dir, 0o755);
  await writeFile(join(dir, 'bump-ca.pem'), s.bumpCa.cert);
  await writeFile(join(dir, 'bump-ca.key'), s.bumpCa.key, { mode: 0o644 });
  await writeFile(join(dir, 'vendor-ca.pem'), s.vendorCaPem);
  await sh('htpasswd', ['-b', '-c', '-B', join(dir, 'passwd'), s.user, s.password]);
  await chmod(join(dir, 'passwd'), 0o644);
  await sh('/usr/lib/squid/security_file_certgen', ['-c', '-s', join(dir, 'ssl_db'), '-M', '4MB']);
  await sh('chown', ['-R', 'proxy', dir]);
  const conf = join(dir, 'squid.conf');
  await writeFile(conf, squidConfig(dir, s));
  const child = spawnInNs(ns, 'squid', ['-N', '-f', conf]);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`squid exited ${child.exitCode}: ${stderr}`);
    const ss = await sh('ip', ['netns', 'exec', ns, 'ss', '-ltn']).catch(() => '');
    if (Object.values(squidPorts).every((p) => ss.includes(`${s.listenIp}:${p}`))) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  await stopChild(child);
  throw new Error(`squid did not start listening: ${stderr}`);
}
