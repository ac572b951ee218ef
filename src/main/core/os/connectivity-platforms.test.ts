import { describe, expect, it } from 'vitest';
import { lineEndingVariants, osFixture } from '../../../../test/fixtures/os/read-fixture';
import {
  commandsNamed,
  literals,
  literalsIn,
} from '../../../../test/fixtures/os/powershell-reader';
import {
  parseNetworkManagerState,
  parseProcIpv6Route,
  parseProcNetRoute,
  parseResolvConf,
} from './connectivity-linux';
import { parseScutilDns, parseScutilNwi } from './connectivity-macos';
import {
  isWindowsConnected,
  parseConnectionProfiles,
  parseWindowsConnectivity,
  windowsConnectivityCommand,
} from './connectivity-windows';
import { scriptOf } from './powershell';

describe('Windows: Get-NetConnectionProfile (verbatim)', () => {
  it.each(lineEndingVariants(osFixture('windows/get-netconnectionprofile-wifi-private.txt')))(
    'reads the profile, and a profile with Internet on IPv4 is connected ($name)',
    ({ text }) => {
      const profiles = parseConnectionProfiles(text);
      expect(profiles).toEqual([
        { name: 'Andromeda', interface: 'Wi-Fi', ipv4: 'Internet', ipv6: 'NoTraffic' },
      ]);
      expect(isWindowsConnected(profiles)).toBe(true);
    },
  );

  it('says disconnected when no profile carries traffic, or there is none; unknown when it could not ask', () => {
    const idle = {
      name: 'Unidentified network',
      interface: 'Ethernet',
      ipv4: 'NoTraffic',
      ipv6: 'NoTraffic',
    };
    expect(isWindowsConnected([idle])).toBe(false);
    expect(isWindowsConnected([])).toBe(false);
    expect(isWindowsConnected(null)).toBeNull();
    // Windows' own Internet probe failing (a proxy-only office) is still a connection.
    expect(isWindowsConnected([{ ...idle, ipv4: 'LocalNetwork' }])).toBe(true);
  });
});

describe('Windows: our connectivity script', () => {
  const script = scriptOf(windowsConnectivityCommand()) ?? '';

  it('asks for the profiles, the two default routes and the DNS servers, between its marker lines', () => {
    expect(commandsNamed(script, 'Get-NetConnectionProfile')).toHaveLength(1);
    const routes = commandsNamed(script, 'Get-NetRoute');
    expect(literals(routes[0]?.params.DestinationPrefix)).toEqual(['0.0.0.0/0', '::/0']);
    expect(commandsNamed(script, 'Get-DnsClientServerAddress')).toHaveLength(1);
    // The list layout Microsoft documents, with the properties the parser reads.
    expect(literals(commandsNamed(script, 'Format-List')[0]?.params.Property)).toEqual([
      'Name',
      'InterfaceAlias',
      'InterfaceIndex',
      'NetworkCategory',
      'IPv4Connectivity',
      'IPv6Connectivity',
    ]);
    expect(literalsIn(script)).toEqual(
      expect.arrayContaining(['profiles-begin', 'profiles-end', '0.0.0.0/0', '::/0']),
    );
  });

  it('parses its output: the verbatim profile list between the markers, then our route and dns lines', () => {
    const profile = osFixture('windows/get-netconnectionprofile-wifi-private.txt');
    const out = [
      'profiles-begin',
      profile,
      'profiles-end',
      'route\tIPv4\t192.168.1.1\tWi-Fi',
      'route\tIPv6\t::\tWi-Fi',
      'dns\tWi-Fi\t192.168.1.1',
      'dns\tLoopback Pseudo-Interface 1\tfec0:0:0:ffff::1%1',
      'dns\tWi-Fi\t192.168.1.1',
    ].join('\r\n');
    expect(parseWindowsConnectivity(out)).toEqual({
      profiles: [{ name: 'Andromeda', interface: 'Wi-Fi', ipv4: 'Internet', ipv6: 'NoTraffic' }],
      routes: [
        { family: 'ipv4', gateway: '192.168.1.1', interface: 'Wi-Fi' },
        { family: 'ipv6', interface: 'Wi-Fi' },
      ],
      dnsServers: ['192.168.1.1', 'fec0:0:0:ffff::1%1'],
    });
  });

  it('keeps "could not ask" apart from "no profile" (Windows 7 has no Get-NetConnectionProfile)', () => {
    const out = [
      'profiles-begin',
      "profile-error\tCommandNotFoundException\tThe term 'Get-NetConnectionProfile' is not recognized",
      'profiles-end',
      'route-error\tnot recognized',
    ].join('\n');
    const w = parseWindowsConnectivity(out);
    expect(w.profiles).toBeNull();
    expect(w.profileError).toContain('CommandNotFoundException');
    expect(w.routeError).toBe('not recognized');
    expect(parseWindowsConnectivity('profiles-begin\nprofiles-end\n').profiles).toEqual([]);
  });
});

describe('macOS: scutil --nwi (verbatim)', () => {
  it('reads the older layout: en0 for IPv4, reachable; no IPv6 state', () => {
    expect(parseScutilNwi(osFixture('macos/scutil-nwi-2015-ipv4-only-excerpt.txt'))).toEqual({
      ipv4: ['en0'],
      ipv6: [],
      reach4: 'Reachable',
      isConnected: true,
    });
  });

  it('is not connected with no interface state, or with both families not reachable', () => {
    expect(
      parseScutilNwi(
        'Network information\n\nIPv4 network interface information\n   No IPv4 states found\n\n   REACH : flags 0x00000000 (Not Reachable)\n\nIPv6 network interface information\n   No IPv6 states found\n\n   REACH : flags 0x00000000 (Not Reachable)\n\nNetwork interfaces: \n',
      ).isConnected,
    ).toBe(false);
  });
});

describe('macOS: scutil --dns (verbatim)', () => {
  it('reads every name server of the default resolver, IPv6 included', () => {
    expect(parseScutilDns(osFixture('macos/scutil-dns-tahoe-ipv6-excerpt.txt'))).toEqual([
      '192.168.10.1',
      'fde2:c0d2:6cb1:0:62b5:8dff:fecc:bddf',
      '2a02:8109:b59e:7800:62b5:8dff:fecc:bddf',
    ]);
  });

  it('counts a VPN’s scoped resolver, so a default resolver without servers is not "no DNS server"', () => {
    expect(parseScutilDns(osFixture('macos/scutil-dns-vpn-no-default-nameserver.txt'))).toEqual([
      '8.8.8.8',
      '8.8.4.4',
    ]);
  });
});

describe('Linux: the kernel’s tables and resolv.conf', () => {
  const route = [
    'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
    'eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0',
    'eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0',
  ].join('\n');
  const ipv6 = [
    'fd000000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0',
    '00000000000000000000000000000000 00 00000000000000000000000000000000 00 fd000000000000000000000000000001 00000400 00000003 00000000 00000003     eth0',
    '00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo',
  ].join('\n');

  it('finds the default routes of /proc/net/route and /proc/net/ipv6_route, not the kernel’s unreachable one', () => {
    expect(parseProcNetRoute(route)).toEqual([
      { family: 'ipv4', gateway: '192.0.2.1', interface: 'eth0' },
    ]);
    expect(parseProcIpv6Route(ipv6)).toEqual([
      { family: 'ipv6', gateway: 'fd00:0:0:0:0:0:0:1', interface: 'eth0' },
    ]);
    expect(parseProcNetRoute(route.split('\n').slice(0, 1).join('\n'))).toEqual([]);
  });

  it('reads nameserver lines, ignoring comments and options', () => {
    expect(
      parseResolvConf(
        '# generated\nnameserver 10.0.0.1 # office\n;nameserver 9.9.9.9\noptions timeout:1\nnameserver ::1\n',
      ),
    ).toEqual(['10.0.0.1', '::1']);
    expect(parseResolvConf('options timeout:1 attempts:1\n')).toEqual([]);
  });

  it('reads NetworkManager’s terse state', () => {
    expect(parseNetworkManagerState('connected\n')).toEqual({
      state: 'connected',
      isConnected: true,
    });
    expect(parseNetworkManagerState('connected (site only)\n').isConnected).toBe(true);
    expect(parseNetworkManagerState('disconnected\n').isConnected).toBe(false);
    expect(parseNetworkManagerState('asleep\n').isConnected).toBe(false);
    expect(parseNetworkManagerState('unknown\n').isConnected).toBeNull();
  });
});
