import { describe, expect, it } from 'vitest';
import { brokenRun, check } from '../../../test/report/sample-runs';
import { formatSummary } from './summary';

describe('the readable summary', () => {
  it('groups problems by cause, with a count, and keeps each check’s message and fix', () => {
    const run = brokenRun({
      checks: [
        check({
          id: 'tcp:a.example:443',
          kind: 'tcp',
          status: 'fail',
          verdict: 'tcp_refused',
          message: 'a refused',
          fix: 'allow a',
        }),
        check({
          id: 'tcp:b.example:443',
          kind: 'tcp',
          status: 'fail',
          verdict: 'tcp_refused',
          message: 'b refused',
          fix: 'allow b',
        }),
        check({
          id: 'dns:c.example',
          kind: 'dns',
          status: 'fail',
          verdict: 'dns_not_found',
          message: 'c unknown',
        }),
        check({ id: 'os', kind: 'os', status: 'pass', verdict: 'ok', message: 'fine' }),
      ],
    });
    const en = formatSummary(run, 'en', false);
    expect(en).toContain('Connection refused: a firewall rejects it (2)');
    expect(en).toContain('The name does not exist for this network’s DNS (1)');
    expect(en.indexOf('tcp:a.example:443  a refused')).toBeLessThan(en.indexOf('→ allow a'));
    expect(en).toContain('1 of 4 checks passed');
    expect(formatSummary(run, 'ja', false)).toContain('（2 件）');
  });
});
