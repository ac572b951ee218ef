import type { Status } from '../../../shared/verdicts';

export type BandwidthVerdict = 'ok' | 'below_recommended' | 'below_minimum';

/**
 * The share of a link's rate that reaches us as payload: 1448 bytes of data in each 1514-byte Ethernet frame
 * (0.956), less the TLS records' and ACKs' share. The vendor's figures are link rates and we count payload: a
 * link shaped to exactly 128 kbit/s measured 122 kbps in the lab (0.953), and must still meet the minimum.
 */
export const PAYLOAD_SHARE_OF_LINK = 0.95;

/** The link rate a measured payload rate implies. */
export function linkRateKbps(payloadKbps: number): number {
  return payloadKbps / PAYLOAD_SHARE_OF_LINK;
}

/** A measured payload rate against the catalog's link figures. Below the minimum fails: the vendor's agent needs it. */
export function judgeRate(
  payloadKbps: number,
  limits: { min: number; recommended: number },
): { verdict: BandwidthVerdict; status: Status } {
  const link = linkRateKbps(payloadKbps);
  if (link < limits.min) return { verdict: 'below_minimum', status: 'fail' };
  if (link < limits.recommended) return { verdict: 'below_recommended', status: 'warn' };
  return { verdict: 'ok', status: 'pass' };
}
