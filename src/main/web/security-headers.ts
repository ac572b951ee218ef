import { wizardContentSecurityPolicy } from '../wizard-csp';

/**
 * Headers on every answer of the browser-mode host, refusals included. `connectSources` (issue 17): the
 * catalog's hosts the page's browser probes (`chromiumConnectSources`), already checked.
 */
export function securityHeaders(
  port: number,
  connectSources: readonly string[] = [],
): Record<string, string> {
  return {
    'content-security-policy': wizardContentSecurityPolicy([
      `ws://127.0.0.1:${port}`,
      `ws://localhost:${port}`,
      ...connectSources,
    ]),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
    'cache-control': 'no-store',
  };
}
