import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../check-result';
import type { Lang } from '../lang';
import type { Verdict } from '../verdicts';
import { wordVerdict } from '../word-verdict';
import { fixesForCause } from './cause-fix';
import { groupByCause } from './group-by-cause';

/** A failed check worded as the probe words it. */
function failed(lang: Lang, verdict: Verdict, host: string, port?: number): CheckResult {
  const vars = { host, ...(port !== undefined ? { port } : {}), code: 'ENOTFOUND' };
  const w = wordVerdict(lang, verdict, { vars });
  return {
    id: `${verdict}:${host}:${port ?? ''}`,
    kind: port === undefined ? 'dns' : 'tcp',
    target: { host, ...(port !== undefined ? { port } : {}) },
    status: 'fail',
    verdict,
    durationMs: 1,
    message: w.message,
    ...(w.fix ? { fix: w.fix } : {}),
  };
}

const only = (checks: CheckResult[]) => {
  const [group] = groupByCause(checks);
  if (!group) throw new Error('no group');
  return group;
};

describe('fixesForCause', () => {
  it('names every host of the cause once, in English and Japanese', () => {
    const en = only(
      ['a.example', 'b.example', 'c.example'].map((h) => failed('en', 'tcp_timeout', h, 443)),
    );
    expect(fixesForCause('en', en)).toEqual([
      'Ask your IT department to allow outgoing connections to these 3 names (a.example, b.example, c.example) on port 443.',
    ]);
    const ja = only(['a.example', 'b.example'].map((h) => failed('ja', 'tcp_timeout', h, 443)));
    expect(fixesForCause('ja', ja)).toEqual([
      '次の 2 件の名前（a.example、b.example）のポート 443 への送信方向の通信を許可するよう、社内の IT 管理者に依頼してください。',
    ]);
  });

  it('says "the names above" where a card lists them, and lists each port once', () => {
    const group = only([
      failed('en', 'tcp_refused', 'a.example', 443),
      failed('en', 'tcp_refused', 'a.example', 80),
      failed('en', 'tcp_refused', 'b.example', 443),
    ]);
    expect(fixesForCause('en', group, { hostsShownAbove: true })).toEqual([
      'Ask your IT department to allow outgoing connections to the 2 names above on port 443 and 80.',
    ]);
  });

  it('keeps a fix that already speaks for all (one host, or no host in it) as it is', () => {
    const one = only([failed('en', 'dns_not_found', 'a.example')]);
    expect(fixesForCause('en', one)).toEqual([one.checks[0]?.fix]);
    const noHost = only(['a.example', 'b.example'].map((h) => failed('en', 'dns_timeout', h)));
    expect(fixesForCause('en', noHost)).toEqual([noHost.checks[0]?.fix]);
  });

  it('words the fix in the language the run was worded in, after a switch of the page', () => {
    const group = only(['a.example', 'b.example'].map((h) => failed('ja', 'dns_blocked', h)));
    const [fix] = fixesForCause('en', group);
    expect(fix).toContain('次の 2 件の名前（a.example、b.example）');
  });

  it('keeps each distinct fix once when they are not the plain template (a device named in them)', () => {
    const group = only(
      ['a.example', 'b.example'].map((h) => ({
        ...failed('en', 'ws_rejected', h, 443),
        fix: `Let WebSocket to ${h} through BlueCoat.`,
      })),
    );
    expect(fixesForCause('en', group)).toEqual([
      'Let WebSocket to a.example through BlueCoat.',
      'Let WebSocket to b.example through BlueCoat.',
    ]);
  });
});
