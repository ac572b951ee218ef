import { z } from 'zod';
import type { CheckKind } from '../verdicts';
import { bandwidthDetailSchema } from './bandwidth-detail';
import { chromiumDetailSchema } from './chromium-detail';
import { idleDetailSchema } from './idle-detail';
import {
  connectivityDetailSchema,
  dnsDetailSchema,
  httpDetailSchema,
  proxyDetailSchema,
  tcpDetailSchema,
  tlsDetailSchema,
  websocketDetailSchema,
} from './network-details';
import {
  agentDetailSchema,
  browserDetailSchema,
  diskDetailSchema,
  displayDetailSchema,
  osDetailSchema,
  permissionDetailSchema,
  probeFailureDetailSchema,
  securityDetailSchema,
} from './system-details';

/**
 * Why a later step of a chain did not run: the step that failed before it. Added (issue 12): the
 * connectivity check's failure, `offline` or `no_dns_server`: the vendor chains do not run at all.
 */
export const skipReasonSchema = z.enum(['dns', 'tcp', 'tls', 'pac', 'offline', 'no_dns_server']);
export type SkipReason = z.infer<typeof skipReasonSchema>;

/** The detail of a check skipped because an earlier step failed: any kind may have it. */
export const notRunDetailSchema = z
  .strictObject({ skippedBecause: skipReasonSchema })
  .meta({ id: 'NotRunDetail' });
export type NotRunDetail = z.infer<typeof notRunDetailSchema>;

/** A system check's facts, or the error of a probe that threw. */
const systemDetail = <T extends z.ZodType>(facts: T) => z.union([facts, probeFailureDetailSchema]);

/** The shape of `detail` for each check kind; the check result schema refuses any other. */
export const detailSchemas = {
  dns: dnsDetailSchema,
  tcp: tcpDetailSchema,
  tls: tlsDetailSchema,
  websocket: websocketDetailSchema,
  http: httpDetailSchema,
  proxy: proxyDetailSchema,
  bandwidth: bandwidthDetailSchema,
  os: systemDetail(osDetailSchema),
  browser: systemDetail(browserDetailSchema),
  display: systemDetail(displayDetailSchema),
  disk: systemDetail(diskDetailSchema),
  agent: systemDetail(agentDetailSchema),
  security: systemDetail(securityDetailSchema),
  permission: systemDetail(permissionDetailSchema),
  connectivity: connectivityDetailSchema,
  idle: idleDetailSchema,
  chromium: chromiumDetailSchema,
} as const satisfies Record<CheckKind, z.ZodType>;

/** What a probe of kind K writes in `detail`. */
export type DetailOf<K extends CheckKind> = z.infer<(typeof detailSchemas)[K]>;

export * from './bandwidth-detail';
export * from './certificate';
export * from './chromium-detail';
export * from './http-response';
export * from './network-details';
export * from './raw-error';
export * from './system-details';
