import { describe, expect, it } from 'vitest';
import { lineEndingVariants, osFixture } from '../../../../test/fixtures/os/read-fixture';
import { parseRegQuery, regQueryCommand, regValuesOf } from '../os/reg-query';
import {
  knownWindowsBuilds,
  windowsMarketingName,
  windowsVersionFromValues,
} from './windows-release';

// Every row of test/fixtures/os/windows-builds.md, read from the table itself so a row cannot be skipped.
function tableRows(section: 'Client' | 'Server'): { build: number; name: string }[] {
  const md = osFixture('windows-builds.md');
  const part = md.split(`## ${section}`)[1]?.split('\n## ')[0] ?? '';
  return [...part.matchAll(/^\| (\d+) \| ([^|]+?) \|/gm)].map((m) => ({
    build: Number(m[1]),
    name: (m[2] ?? '').trim(),
  }));
}

// "Windows 10, version 1809" → "Windows 10 1809"; "Windows Server 2019 (LTSC, version 1809)" → "Windows Server 2019".
function expectedName(tableName: string): string {
  return tableName
    .replace(/ \(.*$/, '')
    .replace(', version ', ' ')
    .replace('Windows Server, version 23H2', 'Windows Server 23H2');
}

describe('Windows build → marketing name', () => {
  const client = tableRows('Client');
  const server = tableRows('Server');

  it('reads the whole table (24 client and 7 server rows)', () => {
    expect(client).toHaveLength(24);
    expect(server).toHaveLength(7);
  });

  it.each(client)('client build $build is $name', ({ build, name }) => {
    expect(windowsMarketingName(build, false)).toBe(expectedName(name));
  });

  it.each(server)('server build $build is $name', ({ build, name }) => {
    expect(windowsMarketingName(build, true)).toBe(expectedName(name));
  });

  it('knows no build the table does not list', () => {
    const { client: c, server: s } = knownWindowsBuilds();
    expect([...c.keys()].sort()).toEqual(client.map((r) => r.build).sort());
    expect([...s.keys()].sort()).toEqual(server.map((r) => r.build).sort());
  });

  it.each([
    [14393, 'Windows 10 1607', 'Windows Server 2016'],
    [17763, 'Windows 10 1809', 'Windows Server 2019'],
    [26100, 'Windows 11 24H2', 'Windows Server 2025'],
  ])(
    'build %i is a client and a server release: the edition decides',
    (build, clientName, serverName) => {
      expect(windowsMarketingName(build, false)).toBe(clientName);
      expect(windowsMarketingName(build, true)).toBe(serverName);
    },
  );

  it('calls an unknown client build ≥ 22000 Windows 11 even when ProductName says Windows 10', () => {
    const v = windowsVersionFromValues({
      CurrentBuild: '26310',
      ProductName: 'Windows 10 Enterprise',
      InstallationType: 'Client',
      DisplayVersion: '26H1',
    });
    expect(v && windowsMarketingName(v.build, v.isServer, v.displayVersion)).toBe(
      'Windows 11 26H1',
    );
    expect(windowsMarketingName(19999, false)).toBe('Windows 10 (build 19999)');
  });

  it('derives the NT version from the build, since CurrentVersion is frozen at 6.3', () => {
    expect(
      windowsVersionFromValues({ CurrentVersion: '6.3', CurrentBuild: '22631' })?.ntVersion,
    ).toBe('10.0.22631');
    expect(
      windowsVersionFromValues({ CurrentVersion: '6.3', CurrentBuild: '9600' })?.ntVersion,
    ).toBe('6.3.9600');
    expect(windowsVersionFromValues({ CurrentBuildNumber: '7601' })?.ntVersion).toBe('6.1.7601');
  });

  it('tells a server by InstallationType or ProductType', () => {
    expect(
      windowsVersionFromValues({ CurrentBuild: '17763', InstallationType: 'Server Core' })
        ?.isServer,
    ).toBe(true);
    expect(
      windowsVersionFromValues({ CurrentBuild: '17763', ProductType: 'LanmanNT' })?.isServer,
    ).toBe(true);
    expect(
      windowsVersionFromValues({
        CurrentBuild: '17763',
        ProductType: 'WinNT',
        InstallationType: 'Client',
      })?.isServer,
    ).toBe(false);
  });

  it('has no facts without a build number', () => {
    expect(windowsVersionFromValues({ ProductName: 'Windows 10 Pro' })).toBeUndefined();
  });
});

describe('reg query output', () => {
  it('builds the argument array without a shell', () => {
    expect(
      regQueryCommand('HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', 'ReleaseId'),
    ).toEqual({
      file: 'reg',
      args: ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', '/v', 'ReleaseId'],
      timeoutMs: 5000,
    });
  });

  it.each(lineEndingVariants(osFixture('windows/reg-currentversion-v-releaseid-win10-1803.txt')))(
    'reads a /v query ($name)',
    ({ text }) => {
      const keys = parseRegQuery(text);
      expect(keys).toEqual([
        {
          path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
          values: { ReleaseId: { type: 'REG_SZ', data: '1803' } },
        },
      ]);
    },
  );

  it('matches value names case-insensitively (the query typed EditionId, the value is EditionID)', () => {
    const values = regValuesOf(
      parseRegQuery(osFixture('windows/reg-currentversion-v-editionid-win10-1803.txt')),
    );
    const v = windowsVersionFromValues({ ...values, CurrentBuild: '17134' });
    expect(v?.editionId).toBe('Education');
    expect(v && windowsMarketingName(v.build, v.isServer)).toBe('Windows 10 1803');
  });

  it('keeps every value of a paste whose header lost its first characters, names with spaces included', () => {
    const keys = parseRegQuery(
      osFixture('windows/reg-internet-settings-proxy-off-en-win10-excerpt.txt'),
    );
    expect(keys).toHaveLength(1);
    const values = keys[0]?.values ?? {};
    expect(Object.keys(values)).toHaveLength(21);
    expect(values['User Agent']).toEqual({
      type: 'REG_SZ',
      data: 'Mozilla/4.0 (compatible; MSIE 8.0; Win32)',
    });
    expect(values.ProxyEnable).toEqual({ type: 'REG_DWORD', data: '0x0' });
    expect(values.ZonesSecurityUpgrade?.type).toBe('REG_BINARY');
  });
});
