import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../shared/check-result';
import { wordVerdict } from '../../shared/word-verdict';
import { causeView } from './cause-cards';

const dns = (host: string): CheckResult => ({
  id: `dns:${host}`,
  kind: 'dns',
  target: { host },
  status: 'fail',
  verdict: 'dns_not_found',
  durationMs: 5,
  message: `${host} not found`,
  // The fix as a probe words it, so the card can say it once for every host.
  fix: wordVerdict('en', 'dns_not_found', { vars: { host } }).fix,
});
const skipped = (host: string, port: number): CheckResult => ({
  id: `tcp:${host}:${port}`,
  kind: 'tcp',
  target: { host, port },
  status: 'skipped',
  verdict: 'skipped',
  durationMs: 0,
  message: `Not checked: ${host} did not resolve.`,
  detail: { skippedBecause: 'dns' },
});

describe('causeView', () => {
  it('puts every host that fails the same way under one card, with its fix once and its skipped checks', () => {
    const checks = [
      dns('a.example'),
      skipped('a.example', 443),
      dns('b.example'),
      skipped('b.example', 443),
      skipped('b.example', 80),
    ];
    const view = causeView(checks);
    expect(view.cards).toHaveLength(1);
    const [card] = view.cards;
    expect(card?.verdict).toBe('dns_not_found');
    expect(card?.hosts).toEqual(['a.example', 'b.example']);
    // One fix for both hosts, which the card lists right above it: not the first host's fix.
    expect(card?.fix).toBe(
      'Check the network connection; if it works, ask your IT department why their DNS does not know the 2 names above.',
    );
    expect(card?.skipped.map((c) => c.id)).toEqual([
      'tcp:a.example:443',
      'tcp:b.example:443',
      'tcp:b.example:80',
    ]);
    expect(card?.isBlocking).toBe(true);
    expect(view.otherSkipped).toEqual([]);
  });

  it('leaves passed checks out and lists skipped checks without a failing host as one line per reason', () => {
    const pass: CheckResult = {
      ...dns('c.example'),
      status: 'pass',
      verdict: 'ok',
      fix: undefined,
    };
    const view = causeView([pass, skipped('d.example', 443), skipped('e.example', 443)]);
    expect(view.cards).toEqual([]);
    expect(view.otherSkipped).toHaveLength(1);
    expect(view.otherSkipped[0]?.checks).toHaveLength(2);
    expect(view.otherSkipped[0]?.message).toBe('Not checked: d.example did not resolve.');
  });
});
