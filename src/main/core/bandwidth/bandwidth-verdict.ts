import type { Status } from '../../../shared/verdicts';

export type BandwidthVerdict = 'ok' | 'below_recommended' | 'below_minimum';

/**
 * The share of a link's rate that reaches us as TCP payload: 1448 bytes of data in each 1514-byte Ethernet
 * frame (IP, TCP with timestamps, Ethernet headers). The vendor's figures are link rates; we count payload,
 * so a link shaped to exactly 128 kbit/s measures about 122 kbps (lab, tc tbf) and must still pass.
 */
export const PAYLOAD_SHARE_OF_LINK = 1448 / 1514;

/** The link rate a measured payload rate implies. */
export function linkRateKbps(payloadKbps: number): number {
  return payloadKbps / PAYLOAD_SHARE_OF_LINK;
}

/** A measured payload rate against the catalog's link figures. Below the minimum fails: the vendor's agent needs it. */
export function judgeRate(payloadKbps: number, limits: { min: number; recommended: number }): { verdict: BandwidthVerdict; status: Status } {
  const link = linkRateKbps(payloadKbps);
  if (link < limits.min) return { verdict: 'below_minimum', status: 'fail' };
  if (link < limits.recommended) return { verdict: 'below_recommended', status: 'warn' };
  return { verdict: 'ok', status: 'pass' };
}
