import { describe, expect, it } from 'vitest';
import { checkResultSchema, type CheckResult } from '../../shared/check-result';
import { isNetworkSide, networkSummary } from './network-view';

const check = (over: Partial<CheckResult>): CheckResult =>
  checkResultSchema.parse({
    id: 'tcp:h:443',
    kind: 'tcp',
    status: 'pass',
    verdict: 'ok',
    durationMs: 1,
    message: 'm',
    ...over,
  });

describe('network view', () => {
  it('keeps network and bandwidth checks, leaves the system ones to the Requirements step', () => {
    expect(isNetworkSide({ kind: 'tls' })).toBe(true);
    expect(isNetworkSide({ kind: 'bandwidth' })).toBe(true);
    expect(isNetworkSide({ kind: 'os' })).toBe(false);
    expect(isNetworkSide({ kind: 'security' })).toBe(false);
  });

  it('is ready when all pass, asks for a look on a warn, and is not ready on a required failure', () => {
    expect(networkSummary([check({})])).toBe('ready');
    expect(
      networkSummary([
        check({}),
        check({ id: 'http:h:80', status: 'warn', verdict: 'http_server_error' }),
      ]),
    ).toBe('warnOnly');
    expect(networkSummary([check({ status: 'fail', verdict: 'tcp_refused' })])).toBe('notReady');
  });

  it('does not call an optional endpoint’s failure not ready', () => {
    expect(
      networkSummary([check({ status: 'fail', verdict: 'tcp_timeout', required: false })]),
    ).toBe('warnOnly');
  });

  it('says "not connected" when the connectivity check failed, and one cause when every host shares it (issue 12)', () => {
    expect(
      networkSummary([
        check({ id: 'connectivity', kind: 'connectivity', status: 'fail', verdict: 'offline' }),
        check({
          id: 'tcp:h:443',
          status: 'skipped',
          verdict: 'skipped',
          target: { host: 'h', port: 443 },
        }),
      ]),
    ).toBe('offline');
    const timeout = (host: string) =>
      check({
        id: `tcp:${host}:443`,
        status: 'fail',
        verdict: 'tcp_timeout',
        target: { host, port: 443 },
      });
    expect(networkSummary([timeout('a'), timeout('b')])).toBe('oneCause');
    expect(
      networkSummary([
        timeout('a'),
        check({
          id: 'tcp:b:443',
          status: 'fail',
          verdict: 'tcp_refused',
          target: { host: 'b', port: 443 },
        }),
      ]),
    ).toBe('notReady');
  });
});
