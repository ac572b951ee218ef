import { describe, expect, it } from 'vitest';
import { createProxyResolver } from './create-proxy-resolver';
import { isExemptByNoProxy } from './no-proxy';
import { decisionFromPacAnswer } from './pac-answer';
import type { ProxyDecision, ProxyResolver } from './proxy-decision';

const tls = { host: 'assist.zoho.com', port: 443, protocol: 'tls' as const };
const http = { host: 'assist.zoho.com', port: 80, protocol: 'http' as const };
const shown = (d: ProxyDecision) =>
  d.kind === 'proxy'
    ? `${d.source} ${d.url.href}`
    : `${d.kind} ${'source' in d ? d.source : d.verdict}`;

describe('createProxyResolver', () => {
  const system: ProxyResolver = async () => ({
    kind: 'proxy',
    url: new URL('http://sys.corp:3128'),
    source: 'system',
  });
  const chromium = async () => 'PROXY chrome.corp:8080; DIRECT';

  it('follows the precedence flag, environment, system, Chromium', async () => {
    const env = { HTTPS_PROXY: 'http://env.corp:8080' };
    expect(
      shown(
        await createProxyResolver({ flagUrl: 'http://flag.corp:1', env, system, chromium })(tls),
      ),
    ).toBe('flag http://flag.corp:1/');
    expect(shown(await createProxyResolver({ env, system, chromium })(tls))).toBe(
      'env http://env.corp:8080/',
    );
    expect(shown(await createProxyResolver({ env: {}, system, chromium })(tls))).toBe(
      'system http://sys.corp:3128/',
    );
    expect(shown(await createProxyResolver({ env: {}, chromium })(tls))).toBe(
      'chromium http://chrome.corp:8080/',
    );
    expect(shown(await createProxyResolver({ env: {} })(tls))).toBe('direct none');
  });

  it('passes over a system resolver that knows nothing, and turns a Chromium failure into pac_failed', async () => {
    const none: ProxyResolver = async () => ({ kind: 'direct', source: 'none' });
    expect(shown(await createProxyResolver({ env: {}, system: none, chromium })(tls))).toBe(
      'chromium http://chrome.corp:8080/',
    );
    const broken = async () => Promise.reject(new Error('net::ERR_PAC_SCRIPT_FAILED'));
    expect(await createProxyResolver({ env: {}, chromium: broken })(tls)).toMatchObject({
      kind: 'failed',
      verdict: 'pac_failed',
      message: 'net::ERR_PAC_SCRIPT_FAILED',
    });
  });

  it('reads lowercase before uppercase, the right variable per protocol, and a bare host:port', async () => {
    const env = {
      https_proxy: 'lower.corp:3128',
      HTTPS_PROXY: 'http://upper.corp:1',
      HTTP_PROXY: 'http://plain.corp:8080',
    };
    const r = createProxyResolver({ env });
    expect(shown(await r(tls))).toBe('env http://lower.corp:3128/');
    expect(shown(await r(http))).toBe('env http://plain.corp:8080/');
    expect(
      shown(await createProxyResolver({ env: { HTTP_PROXY: 'http://only.corp:8080' } })(tls)),
    ).toBe('env http://only.corp:8080/');
    expect(shown(await createProxyResolver({ env: { HTTPS_PROXY: '' } })(tls))).toBe('direct none');
    expect(
      await createProxyResolver({ env: { ALL_PROXY: 'socks5://u:pw@s.corp:1080' } })(tls),
    ).toEqual({
      kind: 'direct',
      source: 'env',
      detail: { ignored: 'socks5://s.corp:1080', reason: 'not an HTTP proxy URL' },
    });
  });

  it('applies NO_PROXY to the flag and the environment alike, and never exempts loopback by itself', async () => {
    const env = { HTTPS_PROXY: 'http://env.corp:8080', no_proxy: '.zoho.com' };
    expect(shown(await createProxyResolver({ env })(tls))).toBe('direct env');
    expect(shown(await createProxyResolver({ env, flagUrl: 'http://flag.corp:1' })(tls))).toBe(
      'direct flag',
    );
    expect(
      shown(await createProxyResolver({ env })({ host: '127.0.0.1', port: 443, protocol: 'tls' })),
    ).toBe('env http://env.corp:8080/');
  });
});

describe('isExemptByNoProxy', () => {
  it.each([
    ['*', 'a.example', 443, true],
    ['zoho.com', 'assist.zoho.com', 443, true],
    ['.zoho.com', 'zoho.com', 443, true],
    ['*.zoho.com', 'assist.zoho.com', 443, true],
    ['zoho.com', 'notzoho.com', 443, false],
    ['assist.zoho.com:80', 'assist.zoho.com', 443, false],
    ['assist.zoho.com:443', 'assist.zoho.com', 443, true],
    ['10.0.0.0/8', '10.1.2.3', 443, true],
    ['10.0.0.0/8', '11.1.2.3', 443, false],
    ['::1', '::1', 443, true],
    ['[::1]:8080', '::1', 443, false],
    ['localhost', '127.0.0.1', 443, false],
    ['', '127.0.0.1', 443, false],
  ])('NO_PROXY=%s for %s:%i → %s', (noProxy, host, port, expected) => {
    expect(isExemptByNoProxy(noProxy, host, port)).toBe(expected);
  });
});

describe('decisionFromPacAnswer', () => {
  it('takes the first usable entry', () => {
    expect(
      shown(decisionFromPacAnswer('SOCKS5 s.corp:1080; PROXY p.corp:8080; DIRECT', 'chromium')),
    ).toBe('chromium http://p.corp:8080/');
    expect(shown(decisionFromPacAnswer('DIRECT', 'pac'))).toBe('direct pac');
    expect(shown(decisionFromPacAnswer('HTTPS secure.corp:443', 'pac'))).toBe(
      'pac https://secure.corp/',
    );
    expect(decisionFromPacAnswer('SOCKS s.corp:1080', 'pac')).toMatchObject({
      kind: 'direct',
      detail: { skipped: ['SOCKS s.corp:1080'] },
    });
  });
});
