import type { ProxyUsed } from '../../../shared/check-result';
import type { ProxyDecision } from './proxy-decision';
import { redactUrl } from './proxy-url';

/** The run's `proxy` field: the proxy used (without credentials), and per destination when they differ. */
export function proxyUsed(decisions: Map<string, ProxyDecision>): ProxyUsed {
  const perTarget = new Map<string, string>();
  let url: string | null = null;
  let source: ProxyUsed['source'] = 'none';
  for (const [target, d] of decisions) {
    const shown =
      d.kind === 'proxy' ? redactUrl(d.url) : d.kind === 'direct' ? 'DIRECT' : 'pac_failed';
    perTarget.set(target, shown);
    if (d.kind === 'proxy' && url === null) url = shown;
    if (d.kind !== 'failed' && d.source !== 'none' && source === 'none') source = d.source;
    if (d.kind === 'failed' && source === 'none') source = 'pac';
  }
  const isMixed = new Set(perTarget.values()).size > 1;
  const note = [...decisions.values()]
    .map((d) => (d.kind === 'failed' ? undefined : d.detail?.note))
    .find((n): n is string => typeof n === 'string');
  return {
    url,
    source,
    ...(isMixed ? { hosts: Object.fromEntries(perTarget) } : {}),
    ...(note ? { note } : {}),
  };
}
