import { describe, expect, it } from 'vitest';
import { osFixture } from '../../../../test/fixtures/os/read-fixture';
import { parseScutilProxy, scutilProxyCommand } from './macos-proxy';

describe('macOS proxy settings (scutil --proxy)', () => {
  it('runs scutil --proxy', () =>
    expect(scutilProxyCommand).toEqual({ file: 'scutil', args: ['--proxy'], timeoutMs: 5000 }));

  it('has no proxy in the common "nothing configured" shape', () => {
    expect(parseScutilProxy(osFixture('macos/scutil-proxy-none.txt'))).toBeUndefined();
  });

  it('reads a PAC URL', () => {
    expect(parseScutilProxy(osFixture('macos/scutil-proxy-pac.txt'))).toEqual({
      origin: 'macos',
      pacUrl: 'http://wpad.company.com/wpad.dat',
      servers: {},
      bypass: [],
    });
  });

  it('reads a manual HTTP proxy with its exceptions (no HTTPSEnable key at all)', () => {
    expect(parseScutilProxy(osFixture('macos/scutil-proxy-manual-http.txt'))).toEqual({
      origin: 'macos',
      servers: { http: '127.0.0.1:8118' },
      bypass: ['*.local', '169.254/16'],
    });
  });

  // scutil's layout with the HTTPS keys and "Exclude simple hostnames" (no verbatim capture exists).
  it('reads HTTPS and ExcludeSimpleHostnames', () => {
    const text =
      '<dictionary> {\n  ExcludeSimpleHostnames : 1\n  HTTPSEnable : 1\n  HTTPSPort : 3128\n  HTTPSProxy : proxy.corp\n  ProxyAutoDiscoveryEnable : 1\n}\n';
    expect(parseScutilProxy(text)).toEqual({
      origin: 'macos',
      servers: { https: 'proxy.corp:3128' },
      bypass: ['<local>'],
      autoDetect: true,
    });
  });
});
