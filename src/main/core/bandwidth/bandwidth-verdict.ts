import type { Status } from '../../../shared/verdicts';

export type BandwidthVerdict = 'ok' | 'below_recommended' | 'below_minimum';

/** A measured rate against the catalog's figures. Below the minimum fails: the vendor's agent needs it. */
export function judgeRate(rateKbps: number, limits: { min: number; recommended: number }): { verdict: BandwidthVerdict; status: Status } {
  if (rateKbps < limits.min) return { verdict: 'below_minimum', status: 'fail' };
  if (rateKbps < limits.recommended) return { verdict: 'below_recommended', status: 'warn' };
  return { verdict: 'ok', status: 'pass' };
}
