import { createSocket } from 'node:dgram';
import { readFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import type { ConnectivityDetail, OsConnectivity } from '../../../shared/details';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import {
  networkManagerStateCommand,
  parseNetworkManagerState,
  parseProcIpv6Route,
  parseProcNetRoute,
  parseResolvConf,
} from '../os/connectivity-linux';
import {
  parseScutilDns,
  parseScutilNwi,
  scutilDnsCommand,
  scutilNwiCommand,
} from '../os/connectivity-macos';
import {
  isWindowsConnected,
  parseWindowsConnectivity,
  windowsConnectivityCommand,
} from '../os/connectivity-windows';
import { failureText, runCommand, type CommandRunner } from '../os/run-command';
import type { StepOutcome } from './step-outcome';

export interface ConnectivityOptions {
  platform: NodeJS.Platform;
  lang: Lang;
  /** Some planned port goes through a proxy, which may sit on the local network: no route out is then not "offline". */
  hasProxy: boolean;
  proxy?: string;
  run?: CommandRunner;
  readText?: (path: string) => Promise<string | undefined>;
  interfaces?: typeof networkInterfaces;
  routeOut?: () => Promise<{ ipv4: boolean; ipv6: boolean }>;
}

// Documentation addresses (RFC 5737, RFC 3849): connecting a UDP socket only looks the route up in the
// OS's own table (policy routing, VPNs and all); no packet is sent.
const PROBE_V4 = '192.0.2.1';
const PROBE_V6 = '2001:db8::1';

function hasRoute(type: 'udp4' | 'udp6', address: string): Promise<boolean> {
  return new Promise((resolve) => {
    let socket: ReturnType<typeof createSocket>;
    try {
      socket = createSocket(type);
    } catch {
      return resolve(false);
    }
    const done = (ok: boolean) => {
      socket.close();
      resolve(ok);
    };
    socket.on('error', () => done(false));
    try {
      // The callback also gets the error (ENETUNREACH without a route): "connected" only without one.
      socket.connect(53, address, (error?: Error) => done(!error));
    } catch {
      done(false);
    }
  });
}

/** Whether the OS has a route out, per family. */
export async function routeOut(): Promise<{ ipv4: boolean; ipv6: boolean }> {
  const [ipv4, ipv6] = await Promise.all([hasRoute('udp4', PROBE_V4), hasRoute('udp6', PROBE_V6)]);
  return { ipv4, ipv6 };
}

interface OsFacts {
  defaultRoutes?: ConnectivityDetail['defaultRoutes'];
  /** undefined: the PC's DNS configuration could not be read, so "none" cannot be concluded. */
  dnsServers?: string[];
  os?: OsConnectivity;
  errors: { source: string; message: string }[];
}

async function linuxFacts(
  run: CommandRunner,
  read: ConnectivityOptions['readText'],
): Promise<OsFacts> {
  const text = read ?? ((p: string) => readFile(p, 'utf8').catch(() => undefined));
  const [v4, v6, resolv, nm] = await Promise.all([
    text('/proc/net/route'),
    text('/proc/net/ipv6_route'),
    text('/etc/resolv.conf'),
    run(networkManagerStateCommand()),
  ]);
  const facts: OsFacts = {
    defaultRoutes: [...(v4 ? parseProcNetRoute(v4) : []), ...(v6 ? parseProcIpv6Route(v6) : [])],
    errors: [],
  };
  // No resolv.conf at all leaves the resolver to its defaults (and nss modules): not "no DNS server".
  if (resolv !== undefined) facts.dnsServers = parseResolvConf(resolv);
  else facts.errors.push({ source: '/etc/resolv.conf', message: 'not found' });
  if (nm.ok) {
    const { state, isConnected } = parseNetworkManagerState(nm.stdout);
    facts.os = { source: 'networkmanager', isConnected, state };
  } else if (nm.reason !== 'not_found') {
    facts.errors.push({ source: 'nmcli', message: failureText(nm) });
  }
  return facts;
}

async function windowsFacts(run: CommandRunner): Promise<OsFacts> {
  const outcome = await run(windowsConnectivityCommand());
  if (!outcome.ok) return { errors: [{ source: 'powershell', message: failureText(outcome) }] };
  const w = parseWindowsConnectivity(outcome.stdout);
  const errors: OsFacts['errors'] = [];
  if (w.profileError) errors.push({ source: 'Get-NetConnectionProfile', message: w.profileError });
  if (w.routeError) errors.push({ source: 'Get-NetRoute', message: w.routeError });
  if (w.dnsError) errors.push({ source: 'Get-DnsClientServerAddress', message: w.dnsError });
  const isConnected = isWindowsConnected(w.profiles);
  return {
    defaultRoutes: w.routes,
    ...(w.dnsError ? {} : { dnsServers: w.dnsServers }),
    os: {
      source: 'windows-profile',
      isConnected,
      ...(w.profiles
        ? {
            state:
              w.profiles.map((p) => `${p.interface}: IPv4 ${p.ipv4}, IPv6 ${p.ipv6}`).join('; ') ||
              'no connection profile',
            profiles: w.profiles,
          }
        : {}),
    },
    errors,
  };
}

async function macosFacts(run: CommandRunner): Promise<OsFacts> {
  const [nwi, dns] = await Promise.all([run(scutilNwiCommand()), run(scutilDnsCommand())]);
  const errors: OsFacts['errors'] = [];
  const facts: OsFacts = { errors };
  if (nwi.ok) {
    const info = parseScutilNwi(nwi.stdout);
    facts.os = {
      source: 'macos-nwi',
      isConnected: info.isConnected,
      state: `IPv4 ${info.reach4 ?? (info.ipv4.length ? 'listed' : 'none')}, IPv6 ${info.reach6 ?? (info.ipv6.length ? 'listed' : 'none')}`,
      primary: [...info.ipv4.slice(0, 1), ...info.ipv6.slice(0, 1)],
    };
  } else errors.push({ source: 'scutil --nwi', message: failureText(nwi) });
  if (dns.ok) facts.dnsServers = parseScutilDns(dns.stdout);
  else errors.push({ source: 'scutil --dns', message: failureText(dns) });
  return facts;
}

/**
 * The connectivity check (issue 12), run before every vendor chain: network interfaces, a route out
 * (IPv4, IPv6), DNS servers and the OS's own state. `offline` when there is no interface, no route out,
 * or Windows/macOS say disconnected; `no_dns_server` when the DNS configuration has no server. With a
 * proxy in use, a missing route out is not the end: the proxy may be on the local network.
 * NetworkManager's state is recorded, never decisive: it does not know interfaces it does not manage.
 */
export async function probeConnectivity(
  o: ConnectivityOptions,
): Promise<StepOutcome<ConnectivityDetail>> {
  const run = o.run ?? runCommand;
  const [routes, facts] = await Promise.all([
    (o.routeOut ?? routeOut)(),
    o.platform === 'win32'
      ? windowsFacts(run)
      : o.platform === 'darwin'
        ? macosFacts(run)
        : linuxFacts(run, o.readText),
  ]);
  const interfaces = Object.entries((o.interfaces ?? networkInterfaces)())
    .map(([name, list]) => ({
      name,
      addresses: (list ?? []).filter((a) => !a.internal).map((a) => a.address),
    }))
    .filter((i) => i.addresses.length > 0);
  const detail: ConnectivityDetail = {
    interfaces,
    routeOut: routes,
    ...(facts.defaultRoutes ? { defaultRoutes: facts.defaultRoutes } : {}),
    ...(facts.dnsServers ? { dnsServers: facts.dnsServers } : {}),
    ...(facts.os ? { os: facts.os } : {}),
    ...(facts.errors.length ? { errors: facts.errors } : {}),
  };
  const t = translator(o.lang);
  const osSays =
    facts.os && facts.os.isConnected === false
      ? { source: t(`verdicts:osSource.${facts.os.source}`), state: facts.os.state ?? '' }
      : undefined;
  if (interfaces.length === 0) return { verdict: 'offline', variant: 'noInterface', detail };
  if (osSays && facts.os?.source !== 'networkmanager')
    return { verdict: 'offline', variant: 'osDisconnected', vars: osSays, detail };
  const hasRouteOut = routes.ipv4 || routes.ipv6;
  if (!hasRouteOut && !o.hasProxy)
    return osSays
      ? { verdict: 'offline', variant: 'osDisconnected', vars: osSays, detail }
      : { verdict: 'offline', variant: 'noRoute', detail };
  if (facts.dnsServers && facts.dnsServers.length === 0)
    return { verdict: 'no_dns_server', detail };
  const families = [routes.ipv4 ? 'IPv4' : '', routes.ipv6 ? 'IPv6' : ''].filter(Boolean);
  return {
    verdict: 'ok',
    vars: {
      routes: families.length
        ? families.join(o.lang === 'ja' ? '、' : ', ')
        : t('verdicts:ok.connectivityNoRoute', { proxy: o.proxy ?? '' }),
      dnsServers: facts.dnsServers?.length ? facts.dnsServers.join(', ') : '—',
    },
    detail,
  };
}
