import { describe, expect, it } from 'vitest';
import { brokenRun, check } from '../../../test/report/sample-runs';
import { translator } from '../../shared/i18n';
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

  it('says "this PC is not connected", never a firewall, when the connectivity check fails (issue 12)', () => {
    const run = brokenRun({
      proxy: { url: null, source: 'none' },
      checks: [
        check({
          id: 'connectivity',
          kind: 'connectivity',
          status: 'fail',
          verdict: 'offline',
          message: 'This PC is not connected to a network: it has no route out.',
          fix: 'Connect the PC to the network, then check again.',
        }),
        check({
          id: 'tcp:assist.zoho.com:443',
          kind: 'tcp',
          target: { host: 'assist.zoho.com', port: 443 },
          status: 'skipped',
          verdict: 'skipped',
          message: 'Not tested: this PC is not connected to a network.',
        }),
      ],
    });
    const en = formatSummary(run, 'en', false);
    expect(en).toContain(
      '✖ Not ready: this PC is not connected to a network, so nothing else could be checked.',
    );
    expect(en).toContain('This PC is not connected to a network (1)');
    expect(en).not.toMatch(/firewall/i);
    expect(formatSummary(run, 'ja', false)).toContain(
      '✖ 準備が必要です。この PC はネットワークに接続されていないため、ほかの項目は確認できませんでした。',
    );
  });

  it('gives one cause once, with every host under it, when all required hosts fail the same way', () => {
    const timeout = (host: string, port: number) =>
      check({
        id: `tcp:${host}:${port}`,
        kind: 'tcp',
        target: { host, port },
        status: 'fail',
        verdict: 'tcp_timeout',
        message: `${host}:${port} no answer`,
        fix: 'Ask your IT department to allow outgoing connections to these addresses.',
      });
    const run = brokenRun({
      checks: [
        timeout('assist.zoho.com', 443),
        timeout('assist.zoho.com', 80),
        timeout('join.zoho.com', 443),
        timeout('gateway.zohoassist.com', 443),
        check({
          id: 'dns:assist.zoho.com',
          kind: 'dns',
          target: { host: 'assist.zoho.com' },
          status: 'pass',
          verdict: 'ok',
        }),
        check({
          id: 'tcp:eu1-dms.zoho.eu:443',
          kind: 'tcp',
          target: { host: 'eu1-dms.zoho.eu', port: 443 },
          status: 'warn',
          verdict: 'tcp_refused',
          required: false,
        }),
      ],
    });
    const en = formatSummary(run, 'en', false);
    expect(en).toContain(
      '✖ Not ready: one cause for every required address (3): No response: a firewall probably drops the connection.',
    );
    expect(en).toContain('      Addresses: assist.zoho.com, join.zoho.com, gateway.zohoassist.com');
    // The shared fix once, not once per host.
    expect(en.match(/→ Ask your IT department to allow outgoing/g)).toHaveLength(1);
  });
});

describe('each cause once (issue 15)', () => {
  const hosts = Array.from({ length: 16 }, (_, i) => `h${i + 1}.zoho.com`);
  const wordedRun = (lang: 'en' | 'ja') => {
    const t = translator(lang);
    return brokenRun({
      lang,
      checks: [
        ...hosts.map((host) =>
          check({
            id: `dns:${host}`,
            kind: 'dns',
            target: { host },
            status: 'fail',
            verdict: 'dns_not_found',
            message: t('verdicts:dns_not_found.message', { host, code: 'ENOTFOUND' }),
            fix: t('verdicts:dns_not_found.fix', { host }),
          }),
        ),
        check({ id: 'os', kind: 'os', status: 'pass', verdict: 'ok', message: 'Windows 11' }),
      ],
    });
  };

  it.each(['en', 'ja'] as const)(
    '%s: prints the fix of sixteen hosts once, naming them all, and ends with the next step',
    (lang) => {
      const text = formatSummary(wordedRun(lang), lang, false);
      const rows = text.split('\n');
      const fixes = rows.filter((row) => row.includes('→'));
      expect(fixes).toHaveLength(1);
      // One cause for every host: the hosts once above, and the fix speaks of them all.
      const listed = rows.find((row) =>
        row.includes(translator(lang)('cli:oneCauseHosts', { hosts: '' })),
      );
      for (const host of hosts) expect(listed).toContain(host);
      expect(fixes[0]).toContain(lang === 'en' ? 'the 16 names above' : '上記の 16 件の名前を');
      expect(text).not.toMatch(/ENOTFOUND/);
      const last = text.trimEnd().split('\n').at(-1) ?? '';
      expect(last).toMatch(/^✖ /);
      expect(last).toContain(translator(lang)('cli:nextStep.askIt'));
      if (lang === 'en') expect(last).toContain('Next: send the request to IT');
    },
  );

  it('names the next step by where the cause lies: this PC, or ready to join', () => {
    const local = brokenRun({
      checks: [
        check({
          id: 'tcp:a.example:443',
          kind: 'tcp',
          target: { host: 'a.example', port: 443 },
          status: 'fail',
          verdict: 'local_blocked',
          message: 'blocked here',
          fix: 'allow it in the PC firewall',
        }),
      ],
    });
    expect(formatSummary(local, 'en', false).trimEnd().split('\n').at(-1)).toContain(
      'Next: do what the fixes above say on this PC',
    );
    const ready = brokenRun({
      ready: true,
      checks: [check({ id: 'os', kind: 'os', status: 'pass', verdict: 'ok', message: 'fine' })],
    });
    expect(formatSummary(ready, 'en', false).trimEnd().split('\n').at(-1)).toMatch(
      /^✔ .*Next: join the session/,
    );
  });
});
