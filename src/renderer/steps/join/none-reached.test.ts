import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../shared/check-result';
import { noRequiredHostReached } from './use-join-store';

const dns = (host: string, status: 'pass' | 'fail', required = true): CheckResult => ({
  id: `dns:${host}`,
  kind: 'dns',
  target: { host },
  status,
  verdict: status === 'pass' ? 'ok' : 'dns_not_found',
  durationMs: 1,
  message: '',
  required,
});

describe('noRequiredHostReached', () => {
  it('is true only when every required host failed, whatever the optional ones did', () => {
    expect(
      noRequiredHostReached([dns('a', 'fail'), dns('b', 'fail'), dns('c', 'pass', false)]),
    ).toBe(true);
    expect(noRequiredHostReached([dns('a', 'fail'), dns('b', 'pass')])).toBe(false);
    expect(noRequiredHostReached([])).toBe(false);
  });
});
