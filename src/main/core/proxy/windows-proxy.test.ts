import { describe, expect, it } from 'vitest';
import { lineEndingVariants, osFixture } from '../../../../test/fixtures/os/read-fixture';
import { parseProxyServerList } from './proxy-settings';
import { decodeOutput } from '../os/decode-output';
import {
  autoDetectFromReg,
  parseWinHttpProxy,
  winHttpCommand,
  winInetCommand,
  winInetConnectionsCommand,
  winInetSettingsFromReg,
} from './windows-proxy';

describe('WinHTTP (netsh winhttp show proxy)', () => {
  it('runs netsh with an argument array', () => {
    expect(winHttpCommand).toEqual({
      file: 'netsh',
      args: ['winhttp', 'show', 'proxy'],
      timeoutMs: 5000,
    });
  });

  it.each(lineEndingVariants(osFixture('windows/netsh-winhttp-show-proxy-direct-ja.txt')))(
    'reads direct access in Japanese as no proxy ($name)',
    ({ text }) => {
      expect(parseWinHttpProxy(text)).toBeUndefined();
    },
  );

  it.each(lineEndingVariants(osFixture('windows/netsh-winhttp-show-proxy-manual-ja.txt')))(
    'reads a manual proxy in Japanese ($name)',
    ({ text }) => {
      expect(parseWinHttpProxy(text)).toEqual({
        origin: 'winhttp',
        servers: { all: '1.2.3.4:5678' },
        bypass: [],
      });
    },
  );

  it.each(lineEndingVariants(osFixture('windows/netsh-winhttp-set-proxy-manual-en.txt')))(
    'reads a manual proxy in English ($name)',
    ({ text }) => {
      expect(parseWinHttpProxy(text)).toEqual({
        origin: 'winhttp',
        servers: { all: 'testProxy:8999' },
        bypass: [],
      });
    },
  );

  it('reads the Japanese output as netsh writes it on a Japanese PC (CP932 bytes)', () => {
    // "プロキシ サーバー:  1.2.3.4:5678" in CP932, as the console code page 932 writes it.
    const label = [
      0x83, 0x76, 0x83, 0x8d, 0x83, 0x4c, 0x83, 0x56, 0x20, 0x83, 0x54, 0x81, 0x5b, 0x83, 0x6f,
      0x81, 0x5b,
    ];
    const bytes = Uint8Array.from([
      0x0d,
      0x0a,
      0x20,
      0x20,
      0x20,
      0x20,
      ...label,
      ...Buffer.from(':  1.2.3.4:5678\r\n'),
    ]);
    const text = decodeOutput(bytes, 932);
    expect(text).toContain('プロキシ サーバー:  1.2.3.4:5678');
    expect(parseWinHttpProxy(text)?.servers).toEqual({ all: '1.2.3.4:5678' });
  });

  // netsh's layout with a bypass list (the fixtures only show "(none)").
  it('reads a bypass list', () => {
    const text =
      '\r\nCurrent WinHTTP proxy settings:\r\n\r\n    Proxy Server(s) :  http=proxy:80;https=sproxy:443\r\n    Bypass List     :  *.corp;<local>\r\n';
    expect(parseWinHttpProxy(text)).toEqual({
      origin: 'winhttp',
      servers: { http: 'proxy:80', https: 'sproxy:443' },
      bypass: ['*.corp', '<local>'],
    });
  });
});

describe('WinINet (HKCU Internet Settings)', () => {
  it('queries the per-user key', () => {
    expect(winInetCommand()).toEqual({
      file: 'reg',
      args: ['query', 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings'],
      timeoutMs: 5000,
    });
  });

  it('has no proxy with ProxyEnable 0 (captured Windows 10 values)', () => {
    for (const { text } of lineEndingVariants(
      osFixture('windows/reg-internet-settings-proxy-off-en-win10-excerpt.txt'),
    ))
      expect(winInetSettingsFromReg(text)).toBeUndefined();
  });

  // SOURCES.md: no capture with a proxy on exists; these are hand-written in reg.exe's layout.
  const key = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';
  it('reads a per-scheme ProxyServer and the ProxyOverride list with <local>', () => {
    const text = `\r\n${key}\r\n    ProxyEnable    REG_DWORD    0x1\r\n    ProxyServer    REG_SZ    http=proxy.corp:8080;https=proxy.corp:8443;ftp=f:21\r\n    ProxyOverride    REG_SZ    *.corp.example;10.*;<local>\r\n`;
    expect(winInetSettingsFromReg(text)).toEqual({
      origin: 'wininet',
      servers: { http: 'proxy.corp:8080', https: 'proxy.corp:8443' },
      bypass: ['*.corp.example', '10.*', '<local>'],
    });
  });

  it('reads AutoConfigURL even with ProxyEnable 0, and ignores ProxyServer then', () => {
    const text = `${key}\n    ProxyEnable    REG_DWORD    0x0\n    ProxyServer    REG_SZ    old:3128\n    AutoConfigURL    REG_SZ    http://wpad.corp/proxy.pac\n`;
    expect(winInetSettingsFromReg(text)).toEqual({
      origin: 'wininet',
      pacUrl: 'http://wpad.corp/proxy.pac',
      servers: {},
      bypass: [],
    });
  });

  it('reads "Automatically detect settings" from DefaultConnectionSettings', () => {
    expect(winInetConnectionsCommand()).toEqual({
      file: 'reg',
      args: [
        'query',
        'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections',
        '/v',
        'DefaultConnectionSettings',
      ],
      timeoutMs: 5000,
    });
    const conn = (flags: string) =>
      `\r\n${key}\\Connections\r\n    DefaultConnectionSettings    REG_BINARY    4600000012000000${flags}00000000\r\n`;
    expect(autoDetectFromReg(conn('09'))).toBe(true);
    expect(autoDetectFromReg(conn('01'))).toBe(false);
    expect(autoDetectFromReg('')).toBeUndefined();
    // Auto-detect alone is reported, but names no proxy to resolve with.
    const off = osFixture('windows/reg-internet-settings-proxy-off-en-win10-excerpt.txt');
    expect(winInetSettingsFromReg(off, conn('09'))).toEqual({
      origin: 'wininet',
      servers: {},
      bypass: ['local'],
      autoDetect: true,
    });
  });

  it.each([
    ['proxy:3128', { all: 'proxy:3128' }],
    ['http://proxy:3128', { all: 'proxy:3128' }],
    ['http=a:1; https=b:2', { http: 'a:1', https: 'b:2' }],
    ['socks=s:1080', { socks: 's:1080' }],
    ['', {}],
  ])('ProxyServer %j', (value, servers) => {
    expect(parseProxyServerList(value)).toEqual(servers);
  });
});
