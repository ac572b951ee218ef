import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { exited, fakeRunner, notStarted } from '../../../../test/fixtures/os/fake-runner';
import { osFixture } from '../../../../test/fixtures/os/read-fixture';
import { probeConnectivity, routeOut } from './connectivity-probe';

const eth0: NodeJS.Dict<NetworkInterfaceInfo[]> = {
  lo: [
    {
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      family: 'IPv4',
      mac: '00:00:00:00:00:00',
      internal: true,
      cidr: '127.0.0.1/8',
    },
  ],
  eth0: [
    {
      address: '192.0.2.10',
      netmask: '255.255.255.0',
      family: 'IPv4',
      mac: '52:54:00:12:34:56',
      internal: false,
      cidr: '192.0.2.10/24',
    },
  ],
};
const both = async () => ({ ipv4: true, ipv6: false });
const none = async () => ({ ipv4: false, ipv6: false });
const files =
  (resolv: string | undefined) =>
  async (path: string): Promise<string | undefined> =>
    path === '/etc/resolv.conf'
      ? resolv
      : path === '/proc/net/route'
        ? 'Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\tMTU\tWindow\tIRTT\neth0\t00000000\t0102000A\t0003\t0\t0\t0\t00000000\t0\t0\t0\n'
        : '';
const noNmcli = fakeRunner(() => notStarted());

describe('probeConnectivity on Linux', () => {
  const base = {
    platform: 'linux' as const,
    lang: 'en' as const,
    hasProxy: false,
    run: noNmcli,
    interfaces: () => eth0,
  };

  it('ok: an interface, a route out, a DNS server; the detail says each', async () => {
    const o = await probeConnectivity({
      ...base,
      routeOut: both,
      readText: files('nameserver 10.0.0.53\n'),
    });
    expect(o.verdict).toBe('ok');
    expect(o.vars).toEqual({ routes: 'IPv4', dnsServers: '10.0.0.53' });
    expect(o.detail).toEqual({
      interfaces: [{ name: 'eth0', addresses: ['192.0.2.10'] }],
      routeOut: { ipv4: true, ipv6: false },
      defaultRoutes: [{ family: 'ipv4', gateway: '10.0.2.1', interface: 'eth0' }],
      dnsServers: ['10.0.0.53'],
    });
  });

  it('offline without a route out; offline without any interface; but not offline when a proxy is in use', async () => {
    const noRoute = await probeConnectivity({
      ...base,
      routeOut: none,
      readText: files('nameserver 10.0.0.53\n'),
    });
    expect(noRoute).toMatchObject({ verdict: 'offline', variant: 'noRoute' });
    const noIface = await probeConnectivity({
      ...base,
      routeOut: both,
      interfaces: () => ({ lo: eth0.lo }),
      readText: files('nameserver 10.0.0.53\n'),
    });
    expect(noIface).toMatchObject({ verdict: 'offline', variant: 'noInterface' });
    const viaProxy = await probeConnectivity({
      ...base,
      hasProxy: true,
      proxy: '10.0.0.8:3128',
      routeOut: none,
      readText: files('nameserver 10.0.0.53\n'),
    });
    expect(viaProxy.verdict).toBe('ok');
    expect(viaProxy.vars?.routes).toBe(
      'no route of its own; the checks go through the proxy 10.0.0.8:3128',
    );
  });

  it('no_dns_server when resolv.conf names none; a missing resolv.conf is not "none"', async () => {
    const empty = await probeConnectivity({
      ...base,
      routeOut: both,
      readText: files('options timeout:1\n'),
    });
    expect(empty).toMatchObject({ verdict: 'no_dns_server', detail: { dnsServers: [] } });
    const missing = await probeConnectivity({
      ...base,
      routeOut: both,
      readText: files(undefined),
    });
    expect(missing.verdict).toBe('ok');
    expect(missing.detail.errors).toEqual([{ source: '/etc/resolv.conf', message: 'not found' }]);
  });

  it('records NetworkManager’s state but does not let it alone say offline (it does not see unmanaged interfaces)', async () => {
    const o = await probeConnectivity({
      ...base,
      run: fakeRunner(() => exited(0, 'disconnected\n')),
      routeOut: both,
      readText: files('nameserver 10.0.0.53\n'),
    });
    expect(o.verdict).toBe('ok');
    expect(o.detail.os).toEqual({
      source: 'networkmanager',
      isConnected: false,
      state: 'disconnected',
    });
    const cut = await probeConnectivity({
      ...base,
      run: fakeRunner(() => exited(0, 'disconnected\n')),
      routeOut: none,
      readText: files('nameserver 10.0.0.53\n'),
    });
    expect(cut).toMatchObject({
      verdict: 'offline',
      variant: 'osDisconnected',
      vars: { source: 'NetworkManager', state: 'disconnected' },
    });
  });

  it('finds this machine’s own route out for real (a UDP connect sends nothing)', async () => {
    const routes = await routeOut();
    expect(typeof routes.ipv4).toBe('boolean');
    expect(typeof routes.ipv6).toBe('boolean');
  });
});

describe('probeConnectivity on Windows and macOS (their tools answered with verbatim outputs)', () => {
  it('Windows: offline when no connection profile carries traffic, whatever the route table says', async () => {
    const out = [
      'profiles-begin',
      'Name             : Unidentified network\nInterfaceAlias   : Ethernet\nInterfaceIndex   : 4\nNetworkCategory  : Public\nIPv4Connectivity : NoTraffic\nIPv6Connectivity : NoTraffic',
      'profiles-end',
      'dns\tEthernet\t192.168.1.1',
    ].join('\r\n');
    const o = await probeConnectivity({
      platform: 'win32',
      lang: 'ja',
      hasProxy: false,
      run: fakeRunner(() => exited(0, out)),
      interfaces: () => eth0,
      routeOut: both,
    });
    expect(o).toMatchObject({
      verdict: 'offline',
      variant: 'osDisconnected',
      vars: {
        source: 'Windows のネットワーク プロファイル',
        state: 'Ethernet: IPv4 NoTraffic, IPv6 NoTraffic',
      },
    });
    const online = await probeConnectivity({
      platform: 'win32',
      lang: 'en',
      hasProxy: false,
      run: fakeRunner(() =>
        exited(
          0,
          `profiles-begin\r\n${osFixture('windows/get-netconnectionprofile-wifi-private.txt')}\r\nprofiles-end\r\ndns\tWi-Fi\t192.168.1.1\r\n`,
        ),
      ),
      interfaces: () => eth0,
      routeOut: both,
    });
    expect(online).toMatchObject({
      verdict: 'ok',
      detail: { dnsServers: ['192.168.1.1'], os: { isConnected: true } },
    });
  });

  it('macOS: reachable per scutil --nwi, with the name servers of scutil --dns', async () => {
    const run = fakeRunner((argv) =>
      argv[1] === '--nwi'
        ? exited(0, osFixture('macos/scutil-nwi-2015-ipv4-only-excerpt.txt'))
        : exited(0, osFixture('macos/scutil-dns-tahoe-ipv6-excerpt.txt')),
    );
    const o = await probeConnectivity({
      platform: 'darwin',
      lang: 'en',
      hasProxy: false,
      run,
      interfaces: () => eth0,
      routeOut: both,
    });
    expect(o.verdict).toBe('ok');
    expect(o.detail.os).toMatchObject({ source: 'macos-nwi', isConnected: true, primary: ['en0'] });
    expect(o.detail.dnsServers).toHaveLength(3);
    expect(run.calls).toEqual([
      ['/usr/sbin/scutil', '--nwi'],
      ['/usr/sbin/scutil', '--dns'],
    ]);
  });
});
