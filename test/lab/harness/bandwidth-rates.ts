/**
 * Issue 13's shaped rates (kbit/s) and the verdict each deserves: either side of both thresholds (115 and
 * 128, 230 and 256), and far from them. The lab asserts them once per rate; `npm run bench` measures each.
 */
export const BANDWIDTH_RATES: readonly (readonly [
  number,
  'ok' | 'below_minimum' | 'below_recommended',
])[] = [
  [64, 'below_minimum'],
  [115, 'below_minimum'],
  [128, 'below_recommended'],
  [200, 'below_recommended'],
  [230, 'below_recommended'],
  [256, 'ok'],
  [300, 'ok'],
  [2000, 'ok'],
  [10_000, 'ok'],
];
