import type { CommandSpec } from './command';
import { powerShellCommand } from './powershell';
import { parseKeyValueBlocks, pick, splitLines } from './text-lines';

/**
 * Windows' own view, in one PowerShell: the connection profiles (Get-NetConnectionProfile, printed as its
 * default list between two marker lines, the layout Microsoft's documentation shows), the default routes
 * and the DNS servers of each interface (our lines: `route <TAB> family <TAB> next hop <TAB> interface`,
 * `dns <TAB> interface <TAB> address`). Get-NetConnectionProfile needs Windows 8; on Windows 7 the
 * `profile-error` line says so and only the routes decide.
 */
export function windowsConnectivityCommand(): CommandSpec {
  return powerShellCommand(
    `'profiles-begin'
try {
  Get-NetConnectionProfile -ErrorAction Stop | Format-List -Property @('Name', 'InterfaceAlias', 'InterfaceIndex', 'NetworkCategory', 'IPv4Connectivity', 'IPv6Connectivity') | Out-String -Width 4096
} catch { "profile-error\`t$($_.FullyQualifiedErrorId)\`t$($_.Exception.Message)" }
'profiles-end'
try {
  Get-NetRoute -DestinationPrefix @('0.0.0.0/0', '::/0') -ErrorAction Stop | ForEach-Object { "route\`t$($_.AddressFamily)\`t$($_.NextHop)\`t$($_.InterfaceAlias)" }
} catch { "route-error\`t$($_.Exception.Message)" }
try {
  Get-DnsClientServerAddress -ErrorAction Stop | ForEach-Object { $alias = $_.InterfaceAlias; foreach ($a in $_.ServerAddresses) { "dns\`t$alias\`t$a" } }
} catch { "dns-error\`t$($_.Exception.Message)" }`,
    20_000,
  );
}

export interface WindowsProfile {
  name: string;
  interface: string;
  ipv4: string;
  ipv6: string;
}

/** The `Get-NetConnectionProfile` list: one block per profile (`Name : …`, `IPv4Connectivity : Internet`). */
export function parseConnectionProfiles(text: string): WindowsProfile[] {
  return parseKeyValueBlocks(text)
    .filter(
      (b) => pick(b, 'IPv4Connectivity') !== undefined || pick(b, 'IPv6Connectivity') !== undefined,
    )
    .map((b) => ({
      name: pick(b, 'Name') ?? '',
      interface: pick(b, 'InterfaceAlias') ?? '',
      ipv4: pick(b, 'IPv4Connectivity') ?? '',
      ipv6: pick(b, 'IPv6Connectivity') ?? '',
    }));
}

// NLM_CONNECTIVITY names: Disconnected and NoTraffic mean no traffic at all on that family; Subnet,
// LocalNetwork and Internet mean the adapter carries traffic (LocalNetwork: Windows' own Internet probe
// failed, which a proxy-only office network also shows).
const CARRIES_TRAFFIC = /^(Subnet|LocalNetwork|Internet)$/i;

export interface WindowsConnectivity {
  /** null: Get-NetConnectionProfile is not available (Windows 7) or failed. */
  profiles: WindowsProfile[] | null;
  profileError?: string;
  routes: { family: 'ipv4' | 'ipv6'; gateway?: string; interface?: string }[];
  routeError?: string;
  dnsServers: string[];
  dnsError?: string;
}

/** Reads the script's output. */
export function parseWindowsConnectivity(stdout: string): WindowsConnectivity {
  const lines = splitLines(stdout);
  const begin = lines.indexOf('profiles-begin');
  const end = lines.indexOf('profiles-end');
  const section = begin >= 0 && end > begin ? lines.slice(begin + 1, end) : [];
  const errorLine = section.find((l) => l.startsWith('profile-error\t'));
  const result: WindowsConnectivity = {
    profiles: errorLine ? null : parseConnectionProfiles(section.join('\n')),
    routes: [],
    dnsServers: [],
  };
  if (errorLine) result.profileError = errorLine.split('\t').slice(1).join(' ');
  for (const line of end >= 0 ? lines.slice(end + 1) : lines) {
    const [kind, a = '', b = '', c = ''] = line.split('\t');
    if (kind === 'route') {
      const family = /6/.test(a) ? ('ipv6' as const) : ('ipv4' as const);
      result.routes.push({
        family,
        ...(b && b !== '0.0.0.0' && b !== '::' ? { gateway: b } : {}),
        ...(c ? { interface: c } : {}),
      });
    } else if (kind === 'dns' && b) {
      if (!result.dnsServers.includes(b)) result.dnsServers.push(b);
    } else if (kind === 'route-error') result.routeError = a;
    else if (kind === 'dns-error') result.dnsError = a;
  }
  return result;
}

/** Whether Windows sees any connection carrying traffic; null when it could not say. */
export function isWindowsConnected(profiles: WindowsProfile[] | null): boolean | null {
  if (profiles === null) return null;
  // No profile at all: no adapter is connected to any network.
  if (profiles.length === 0) return false;
  return profiles.some((p) => CARRIES_TRAFFIC.test(p.ipv4) || CARRIES_TRAFFIC.test(p.ipv6));
}
