import { describe, expect, it } from 'vitest';
import { createProxyResolver } from './create-proxy-resolver';
import type { ProxyDecision } from './proxy-decision';
import { proxyUsed } from './proxy-used';

const note = 'Auto-detect is on, but no WPAD script was found.';

describe("the run's proxy field", () => {
  it('keeps the note of the system’s "nothing configured" answer, so the report can say why it went direct', async () => {
    const resolve = createProxyResolver({
      env: {},
      system: async () => ({ kind: 'direct', source: 'none', detail: { note } }),
    });
    const d = await resolve({ host: 'assist.zoho.com', port: 443, protocol: 'tls' });
    expect(d).toEqual({ kind: 'direct', source: 'none', detail: { note } });
    expect(proxyUsed(new Map([['assist.zoho.com:443', d]]))).toEqual({
      url: null,
      source: 'none',
      note,
    });
  });

  it('has no note when no decision carries one, and names the proxy without credentials', () => {
    const decisions = new Map<string, ProxyDecision>([
      ['a:443', { kind: 'proxy', url: new URL('http://u:p@proxy.test:8080'), source: 'env' }],
    ]);
    expect(proxyUsed(decisions)).toEqual({ url: 'http://proxy.test:8080', source: 'env' });
  });
});
