import { describe, expect, it } from 'vitest';
import { upstreamFailure } from './proxy-upstream';

// Headers as Squid 5 (Debian 12's squid-openssl) sends them with its error pages, and RFC 9209's example.
describe('upstreamFailure: whether a proxy could not reach the destination', () => {
  it("names Squid's own upstream errors, whatever the status", () => {
    expect(
      upstreamFailure(503, { 'x-squid-error': 'ERR_CONNECT_FAIL 110' }, { isTunnel: true }),
    ).toEqual({ error: 'ERR_CONNECT_FAIL 110' });
    expect(
      upstreamFailure(503, { 'x-squid-error': 'ERR_DNS_FAIL 0' }, { isTunnel: false }),
    ).toEqual({ error: 'ERR_DNS_FAIL 0' });
    expect(
      upstreamFailure(504, { 'x-squid-error': 'ERR_READ_TIMEOUT 0' }, { isTunnel: false }),
    ).toEqual({ error: 'ERR_READ_TIMEOUT 0' });
  });

  it("leaves Squid's policy answers to proxy_refused, even on a 503", () => {
    expect(
      upstreamFailure(403, { 'x-squid-error': 'ERR_ACCESS_DENIED 0' }, { isTunnel: true }),
    ).toBeUndefined();
    expect(
      upstreamFailure(503, { 'x-squid-error': 'ERR_ACCESS_DENIED 0' }, { isTunnel: true }),
    ).toBeUndefined();
  });

  it('reads Proxy-Status (RFC 9209): connection_timeout is upstream, http_request_denied is policy', () => {
    const timeout = { 'proxy-status': 'SomeProxy; error=connection_timeout' };
    expect(upstreamFailure(504, timeout, { isTunnel: true })).toEqual({
      error: 'connection_timeout',
    });
    const denied = { 'proxy-status': 'SomeProxy; error="http_request_denied"' };
    expect(upstreamFailure(403, denied, { isTunnel: true })).toBeUndefined();
  });

  it('takes an unmarked gateway error as upstream; an unmarked 503 only on a CONNECT', () => {
    expect(upstreamFailure(502, {}, { isTunnel: false })).toEqual({});
    expect(upstreamFailure(504, {}, { isTunnel: true })).toEqual({});
    expect(upstreamFailure(503, {}, { isTunnel: true })).toEqual({});
    // A plain request's 503 without the proxy's mark is the vendor's own, relayed.
    expect(upstreamFailure(503, {}, { isTunnel: false })).toBeUndefined();
    expect(upstreamFailure(403, {}, { isTunnel: true })).toBeUndefined();
  });
});
