import type { CheckResult } from '../check-result';
import { groupOfKind, unreachable, type Status, type Verdict } from '../verdicts';

/** The path picture's stops, from this PC out to the vendor. */
export const pathSegmentIds = ['pc', 'proxy', 'network', 'vendor'] as const;
export type PathSegmentId = (typeof pathSegmentIds)[number];

/** Where on the path a verdict puts the cause; null for verdicts that say nothing about the path. */
export function segmentOfVerdict(verdict: Verdict): PathSegmentId | null {
  switch (verdict) {
    case 'local_blocked':
    case 'tls_clock_skew': // the PC's own clock makes a good certificate look expired
    case 'offline': // not connected: nothing beyond this PC was reached
    case 'no_dns_server':
      return 'pc';
    case 'proxy_auth_required':
    case 'proxy_refused':
    case 'proxy_unreachable':
    case 'pac_failed':
      return 'proxy';
    case 'dns_not_found':
    case 'dns_timeout':
    case 'dns_failed':
    case 'dns_blocked':
    case 'tcp_timeout':
    case 'tcp_refused':
    case 'tcp_reset':
    case 'tcp_unreachable':
    case 'tls_untrusted':
    case 'tls_intercepted':
    case 'tls_failed':
    case 'tls_name_mismatch':
    case 'ws_rejected':
    case 'ws_failed':
    case 'http_blocked':
    case 'idle_cut': // a proxy or firewall on the way keeps no idle connection
    case 'proxy_upstream_failed': // the proxy answers; what lies behind it does not let it through
      return 'network';
    case 'http_server_error':
      return 'vendor';
    case 'chromium_failed': // the browser's own way out, not the path the agent takes
      return null;
    case 'ok':
    case 'below_recommended':
    case 'below_minimum':
    case 'unmeasured':
    case 'os_unsupported':
    case 'os_out_of_support':
    case 'browser_missing':
    case 'browser_outdated':
    case 'display_none':
    case 'disk_low':
    case 'security_software':
    case 'remote_agent_running':
    case 'permission_needed':
    case 'not_determined':
    case 'skipped':
    case 'cancelled':
      return null;
    default:
      return unreachable(verdict);
  }
}

/** Where a check puts the cause on the path: only network checks do. */
export function segmentOfCheck(check: CheckResult): PathSegmentId | null {
  return groupOfKind(check.kind) === 'network' ? segmentOfVerdict(check.verdict) : null;
}

/** How bad a check is for sorting: a required failure first, a pass last. */
export function severityOf(check: Pick<CheckResult, 'status' | 'required'>): number {
  return severityOfStatus(check.status, check.required !== false);
}

function severityOfStatus(status: Status, isRequired: boolean): number {
  switch (status) {
    case 'fail':
      return isRequired ? 4 : 3;
    case 'warn':
      return 2;
    case 'skipped':
      return 1;
    case 'pass':
      return 0;
    default:
      return unreachable(status);
  }
}
