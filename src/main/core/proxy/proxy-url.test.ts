import { describe, expect, it } from 'vitest';
import {
  checkProxyFlag,
  parseProxyUrl,
  proxyAuthorization,
  proxyHostPort,
  redactUrl,
} from './proxy-url';

describe('proxy URLs', () => {
  it('parses them as people write them in the environment', () => {
    expect(parseProxyUrl('proxy.corp:8080')?.href).toBe('http://proxy.corp:8080/');
    expect(parseProxyUrl('https://proxy.corp')?.href).toBe('https://proxy.corp/');
    expect(parseProxyUrl('http://u:p@proxy.corp:8080')?.username).toBe('u');
    expect(parseProxyUrl('://')).toBeUndefined();
    expect(parseProxyUrl('socks5://s.corp:1080')).toBeUndefined();
  });

  it('takes from --proxy only a whole http:// URL, and says what is wrong otherwise', () => {
    expect(checkProxyFlag('http://u:p%40ss@proxy.corp:8080')).toEqual({
      ok: true,
      href: 'http://u:p%40ss@proxy.corp:8080/',
    });
    expect(checkProxyFlag('proxy.corp:8080')).toEqual({
      ok: false,
      problem: 'not_http',
      scheme: 'proxy.corp:',
    });
    expect(checkProxyFlag('https://proxy.corp')).toEqual({
      ok: false,
      problem: 'not_http',
      scheme: 'https:',
    });
    expect(checkProxyFlag('proxy corp')).toEqual({ ok: false, problem: 'not_url' });
  });

  it('never shows credentials, and sends them only as the Proxy-Authorization header', () => {
    const url = new URL('http://user:p%40ss@proxy.corp:8080/path');
    expect(redactUrl(url)).toBe('http://proxy.corp:8080');
    expect(redactUrl('not a url http://user:secret@proxy')).toBe('not a url http://proxy');
    expect(proxyAuthorization(url)).toBe(`Basic ${Buffer.from('user:p@ss').toString('base64')}`);
    expect(proxyAuthorization(new URL('http://proxy.corp'))).toBeUndefined();
  });

  it('knows the default ports and unwraps IPv6 addresses', () => {
    expect(proxyHostPort(new URL('http://proxy.corp'))).toEqual({ host: 'proxy.corp', port: 80 });
    expect(proxyHostPort(new URL('https://[::1]'))).toEqual({ host: '::1', port: 443 });
    expect(proxyHostPort(new URL('http://10.0.0.1:3128'))).toEqual({
      host: '10.0.0.1',
      port: 3128,
    });
  });
});
