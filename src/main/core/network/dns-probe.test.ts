import { describe, expect, it } from 'vitest';
import { probeDns } from './dns-probe';

describe('probeDns through the OS resolver', () => {
  it('reads the hosts file: localhost resolves, and loopback is not a sinkhole for it', async () => {
    const r = await probeDns('localhost', { timeoutMs: 2000 });
    expect(r).toMatchObject({ verdict: 'ok', detail: { resolver: 'os' } });
    expect(r.value).toContain('127.0.0.1');
  });

  it('takes an IP literal as it is', async () => {
    expect(await probeDns('127.0.0.1', { timeoutMs: 2000 })).toMatchObject({
      verdict: 'ok',
      value: ['127.0.0.1'],
    });
  });

  it('dns_not_found for a name that cannot exist, with the raw error and the direct answer', async () => {
    const r = await probeDns('no-such-host.invalid', { timeoutMs: 2000 });
    expect(r).toMatchObject({
      verdict: 'dns_not_found',
      vars: { code: 'ENOTFOUND' },
      detail: { error: { code: 'ENOTFOUND', syscall: 'getaddrinfo' } },
    });
    expect(r.detail.direct).toBeDefined();
  });

  it('ends as cancelled when the run is aborted', async () => {
    const c = new AbortController();
    c.abort();
    expect((await probeDns('localhost', { timeoutMs: 2000, signal: c.signal })).verdict).toBe(
      'cancelled',
    );
  });
});
