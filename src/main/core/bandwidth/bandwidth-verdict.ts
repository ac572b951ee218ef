import type { Status } from '../../../shared/verdicts';

export type BandwidthVerdict = 'ok' | 'below_recommended' | 'below_minimum';

/**
 * The share of a link's rate that reaches us as TCP payload: 1448 bytes of data in each 1514-byte
 * Ethernet frame (20 bytes of IPv4, 32 of TCP with timestamps, 14 of Ethernet). We count TCP payload
 * below TLS, so TLS records are payload here; a `tc tbf` shaper counts the whole frame, as a line's
 * nominal speed does. The lab reads 0.9564 of every shaped rate from 64 kbit/s to 10 Mbit/s.
 */
export const PAYLOAD_SHARE_OF_LINK = 1448 / 1514;

/**
 * A reading this little below a threshold meets it: the measurement's own accuracy (the lab's worst
 * reading is 2 % off). Without it a link of exactly 128 kbit/s would be below the minimum half the time.
 */
export const THRESHOLD_MARGIN = 0.02;

/** The link rate a measured payload rate implies: the one figure that is shown and judged. */
export function linkRateKbps(payloadKbps: number): number {
  return payloadKbps / PAYLOAD_SHARE_OF_LINK;
}

/** The figure shown (whole kbit/s of link rate) against the catalog's link figures. Below the minimum fails. */
export function judgeRate(
  linkKbps: number,
  limits: { min: number; recommended: number },
): { verdict: BandwidthVerdict; status: Status } {
  const meets = (threshold: number) => linkKbps >= threshold * (1 - THRESHOLD_MARGIN);
  if (!meets(limits.min)) return { verdict: 'below_minimum', status: 'fail' };
  if (!meets(limits.recommended)) return { verdict: 'below_recommended', status: 'warn' };
  return { verdict: 'ok', status: 'pass' };
}

/** Where the verdict changes, in the payload rate the estimator measures. */
export function payloadThresholdsKbps(limits: { min: number; recommended: number }): number[] {
  return [limits.min, limits.recommended].map(
    (t) => t * (1 - THRESHOLD_MARGIN) * PAYLOAD_SHARE_OF_LINK,
  );
}
