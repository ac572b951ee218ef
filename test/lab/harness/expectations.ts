import { expect } from 'vitest';
import type { CliOutcome } from './run-cli';

/** The later steps of a failed chain are `skipped`, with the reason in the message. */
export function expectSkipped(out: CliOutcome, ids: string[], reason: RegExp): void {
  for (const id of ids) {
    const c = out.check(id);
    expect({ id, status: c.status, verdict: c.verdict }).toEqual({
      id,
      status: 'skipped',
      verdict: 'skipped',
    });
    expect(c.message).toMatch(reason);
  }
}

/** Everything not named is untouched by the fault: it passes. */
export function expectOthersPass(out: CliOutcome, except: (id: string) => boolean): void {
  const others = out.run.checks.filter((c) => !except(c.id) && c.kind !== 'bandwidth');
  expect(others.length).toBeGreaterThan(0);
  for (const c of others)
    expect({ id: c.id, verdict: c.verdict }).toEqual({ id: c.id, verdict: 'ok' });
}
