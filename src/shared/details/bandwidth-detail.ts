import { z } from 'zod';
import { networkVerdicts } from '../verdicts';
import { httpResponseSchema } from './http-response';
import { pacFailureSchema } from './network-details';
import { rawErrorSchema } from './raw-error';

/** Why a measurement ended: the rate was stable, the time limit, the file ended, or the line stalled. */
// `decided`: far enough from every threshold that the verdict could not change (added).
export const bandwidthStopSchema = z.enum(['stable', 'limit', 'complete', 'stalled', 'decided']);

/** Why no rate could be measured (each has its sentence in `verdicts:bandwidth.reason`). */
export const bandwidthFailureReasonSchema = z.enum([
  'pac',
  'proxy',
  'connect',
  'http',
  'timeout',
  'cancelled',
  'tooLittle',
]);
export type BandwidthFailureReason = z.infer<typeof bandwidthFailureReasonSchema>;

const pac = pacFailureSchema.shape;

/**
 * The bandwidth figures (a measured rate), or why there is none (`unmeasured`: the reason, and the
 * evidence of what stopped the download: the PAC's, the proxy's, the server's or the line's).
 * Fields are in the order the check writes them (a parse orders a detail's keys by its schema).
 */
export const bandwidthDetailSchema = z.strictObject({
  /** The one figure: the link rate (protocol overhead included), shown in the message and judged. */
  rateKbps: z.number().optional(),
  /** The same figure (kept for readers of earlier results, where rateKbps was the payload rate). */
  linkRateKbps: z.number().optional(),
  /** The TCP payload rate it comes from. */
  payloadKbps: z.number().optional(),
  minKbps: z.number().optional(),
  recommendedKbps: z.number().optional(),
  /** The bytes and milliseconds the figure was measured over (bytes × 8 ÷ ms = payloadKbps). */
  bytes: z.number().optional(),
  measuredMs: z.number().optional(),
  /** Every byte counted since the first, and the time since then. */
  totalBytes: z.number().optional(),
  totalMs: z.number().optional(),
  stoppedBecause: bandwidthStopSchema.optional(),
  /** The file ended (or stalled) before a window formed: the rate since the request, a lower bound. */
  isLowerBound: z.boolean().optional(),
  /** The file measured (a Chromium PAC failure's `url` is the URL it was asked about). */
  url: z.string().optional(),
  /** A BandwidthFailureReason; a PAC failure's own reason (its text) replaces it. */
  reason: z.string().optional(),
  /** The proxy's or the server's status (a tunnel's may be an error code). */
  status: z.union([z.number(), z.string()]).optional(),
  code: pac.code,
  seconds: z.number().optional(),
  pacUrl: pac.pacUrl,
  origin: pac.origin,
  autoDetect: pac.autoDetect,
  wpad: pac.wpad,
  stage: pac.stage,
  thrown: pac.thrown,
  /** The tunnel's verdict when the proxy refused it. */
  verdict: z.enum(networkVerdicts).optional(),
  proxy: z.string().optional(),
  timeoutMs: z.number().optional(),
  error: rawErrorSchema.optional(),
  /** The proxy the download went through, "direct", or "CONNECT" from a tunnel's evidence. */
  via: z.string().nullable().optional(),
  reachedProxy: z.boolean().optional(),
  response: httpResponseSchema.optional(),
  location: z.string().optional(),
  stop: bandwidthStopSchema.optional(),
});
export type BandwidthDetail = z.infer<typeof bandwidthDetailSchema>;
