import { z } from 'zod';

/** Network verdicts of ARCHITECTURE.md: each names one cause with one fix. Grows only by adding. */
export const networkVerdicts = [
  'ok',
  'dns_not_found',
  'dns_timeout',
  'dns_failed',
  'dns_blocked',
  'tcp_timeout',
  'tcp_refused',
  'tcp_reset',
  'tcp_unreachable',
  'local_blocked',
  'tls_untrusted',
  'tls_intercepted',
  'tls_failed',
  'tls_name_mismatch',
  'tls_clock_skew',
  'ws_rejected',
  // Added: the upgrade never got an HTTP answer at all (closed or timed out mid-upgrade).
  'ws_failed',
  'proxy_auth_required',
  'proxy_refused',
  'proxy_unreachable',
  'http_blocked',
  // Added: port 80 answered 5xx; the contract makes it a warn, so it needs its own name.
  'http_server_error',
  'pac_failed',
  // Added (issue 12): the connectivity check. No route out, or the OS says it is disconnected.
  'offline',
  // Added (issue 12): no DNS server is configured, so no name can be looked up.
  'no_dns_server',
  // Added (issue 13): the proxy answered but could not reach the vendor (502/503/504, its own error page).
  'proxy_upstream_failed',
  // Added (issue 17): a connection held silent (`--idle`) was cut before it carried data again.
  'idle_cut',
  // Added (issue 17): Chromium's own stack (the browser page or the Electron session) did not reach the host.
  'chromium_failed',
] as const;

export const bandwidthVerdicts = ['below_recommended', 'below_minimum', 'unmeasured'] as const;

/** System verdicts (additions for the `os`, `browser`, `display`, `disk`, `security`, `agent`, `permission` checks). */
export const systemVerdicts = [
  'os_unsupported',
  'os_out_of_support',
  'browser_missing',
  'browser_outdated',
  'display_none',
  'disk_low',
  'security_software',
  'remote_agent_running',
  'permission_needed',
  // The probe could not find out (a tool missing, a command refused): never shown as pass or fail.
  'not_determined',
] as const;

/** Verdicts of a check that did not run. */
export const notRunVerdicts = ['skipped', 'cancelled'] as const;

export const verdictSchema = z.enum([
  ...networkVerdicts,
  ...bandwidthVerdicts,
  ...systemVerdicts,
  ...notRunVerdicts,
]);
export type Verdict = z.infer<typeof verdictSchema>;
export type NetworkVerdict = (typeof networkVerdicts)[number];

export const statusSchema = z.enum(['pass', 'warn', 'fail', 'skipped']);
export type Status = z.infer<typeof statusSchema>;

export const checkKindSchema = z.enum([
  'dns',
  'tcp',
  'tls',
  'websocket',
  'http',
  'proxy',
  'bandwidth',
  'os',
  'browser',
  'display',
  'disk',
  'agent',
  // Added kinds: security products and OS permissions the agent will need.
  'security',
  'permission',
  // Added (issue 12): whether this PC is connected at all; runs before every vendor chain.
  'connectivity',
  // Added (issue 17): an established connection held silent, then asked for data (`check --idle`).
  'idle',
  // Added (issue 17): Chromium's own network stack (browser page or Electron session) to a required host.
  'chromium',
]);
export type CheckKind = z.infer<typeof checkKindSchema>;

export const checkGroupSchema = z.enum(['system', 'network', 'bandwidth']);
export type CheckGroup = z.infer<typeof checkGroupSchema>;

/** Which group a kind belongs to, for `--only`. */
export function groupOfKind(kind: CheckKind): CheckGroup {
  switch (kind) {
    case 'connectivity':
    case 'dns':
    case 'tcp':
    case 'tls':
    case 'websocket':
    case 'http':
    case 'proxy':
    case 'idle':
    case 'chromium':
      return 'network';
    case 'bandwidth':
      return 'bandwidth';
    case 'os':
    case 'browser':
    case 'display':
    case 'disk':
    case 'agent':
    case 'security':
    case 'permission':
      return 'system';
    default:
      return unreachable(kind);
  }
}

/** Exhaustiveness guard: a switch over a union that forgets a member fails to compile here. */
export function unreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
