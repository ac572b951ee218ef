import { describe, expect, it } from 'vitest';
import { decide, type ProxyResolver } from './proxy-decision';

const tls = { host: 'assist.zoho.com', port: 443, protocol: 'tls' } as const;

describe('decide', () => {
  it('a resolver that throws is pac_failed for that destination, not a crash', async () => {
    const broken: ProxyResolver = async () => {
      throw new Error('a bug in a resolver');
    };
    expect(await decide(broken, tls)).toEqual({
      kind: 'failed',
      verdict: 'pac_failed',
      message: 'a bug in a resolver',
      detail: { thrown: true },
    });
  });
});
