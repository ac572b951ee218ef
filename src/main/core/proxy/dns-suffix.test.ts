import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  parseResolvConfSuffixes,
  parseScutilDnsSuffixes,
  parseTcpipSuffixes,
  readDnsSuffixes,
  scutilDnsCommand,
  tcpipParametersCommand,
} from './dns-suffix';

// No verbatim capture of these outputs is in /work/shared/fixtures: the samples below are constructed in
// the exact layout the tools print (reg.exe's four-space columns and subkey lines; scutil's resolver blocks).
const tcpipSample = [
  '',
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters',
  '    NV Hostname    REG_SZ    PC-0123',
  '    DataBasePath    REG_EXPAND_SZ    %SystemRoot%\\System32\\drivers\\etc',
  '    Domain    REG_SZ    tokyo.corp.example.co.jp',
  '    NV Domain    REG_SZ    tokyo.corp.example.co.jp',
  '    DhcpDomain    REG_SZ    branch.example.co.jp',
  '    SearchList    REG_SZ    corp.example.co.jp,example.com',
  '    UseDomainNameDevolution    REG_DWORD    0x1',
  '',
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\Adapters',
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\Interfaces',
  '',
].join('\r\n');

const scutilSample = `DNS configuration

resolver #1
  search domain[0] : tokyo.corp.example.co.jp
  search domain[1] : corp.example.co.jp
  nameserver[0] : 10.1.2.3
  if_index : 6 (en0)
  flags    : Request A records
  reach    : 0x00020002 (Reachable,Directly Reachable Address)

resolver #2
  domain   : local
  options  : mdns
  timeout  : 5
  flags    : Request A records
  reach    : 0x00000000 (Not Reachable)
  order    : 300000

resolver #3
  domain   : 254.169.in-addr.arpa
  options  : mdns
  order    : 300200

DNS configuration (for scoped queries)

resolver #1
  search domain[0] : tokyo.corp.example.co.jp
  nameserver[0] : 10.1.2.3
  if_index : 6 (en0)
  flags    : Scoped, Request A records
`;

describe('Windows: the Tcpip Parameters key', () => {
  it('is read with reg query, as an argument array', () => {
    expect(tcpipParametersCommand).toEqual({
      file: 'reg',
      args: ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters'],
      timeoutMs: 5000,
    });
  });

  it('gives Domain, NV Domain, DhcpDomain, then the search list, each once', () => {
    expect(parseTcpipSuffixes(tcpipSample)).toEqual([
      'tokyo.corp.example.co.jp',
      'branch.example.co.jp',
      'corp.example.co.jp',
      'example.com',
    ]);
  });

  it('a workgroup PC (empty Domain, no list) has none', () => {
    expect(
      parseTcpipSuffixes(
        'HKEY_LOCAL_MACHINE\\SYSTEM\\X\r\n    Domain    REG_SZ    \r\n    SearchList    REG_SZ    \r\n',
      ),
    ).toEqual([]);
  });
});

describe('macOS: scutil --dns', () => {
  it('is run as an argument array', () => {
    expect(scutilDnsCommand).toEqual({ file: 'scutil', args: ['--dns'], timeoutMs: 5000 });
  });

  it('gives the search domains in order, without the mDNS and reverse-lookup domains', () => {
    expect(parseScutilDnsSuffixes(scutilSample)).toEqual([
      'tokyo.corp.example.co.jp',
      'corp.example.co.jp',
    ]);
  });
});

describe('Linux: /etc/resolv.conf', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('the last search or domain line wins; comments and "." are ignored', () => {
    expect(
      parseResolvConfSuffixes(
        'domain old.example.com\nnameserver 10.0.0.1\nsearch corp.example.com example.com # office\n',
      ),
    ).toEqual(['corp.example.com', 'example.com']);
    expect(parseResolvConfSuffixes('search corp.example.com\ndomain lab.example.org\n')).toEqual([
      'lab.example.org',
    ]);
    expect(parseResolvConfSuffixes('nameserver 127.0.0.53\nsearch .\n')).toEqual([]);
  });

  it('is read from the file, and a missing file means no suffix', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sp-resolv-'));
    const file = join(dir, 'resolv.conf');
    await writeFile(file, '# generated\nnameserver 10.0.0.1\nsearch Corp.Example.com.\n');
    expect(await readDnsSuffixes('linux', process.env, undefined, file)).toEqual([
      'corp.example.com',
    ]);
    expect(await readDnsSuffixes('linux', process.env, undefined, join(dir, 'absent'))).toEqual([]);
  });
});
