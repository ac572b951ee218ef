import type { ProxySource } from '../../../shared/check-result';
import type { PacFailure } from '../../../shared/details';

export type { ProxySource };

// A decision's `detail` may carry `note`: one sentence on how the proxy was chosen, shown in the run's `proxy`.

/** How one destination is reached: the seam between the network checks and every way of knowing the proxy. */
export type ProxyDecision =
  | { kind: 'direct'; source: ProxySource; detail?: Record<string, unknown> }
  | { kind: 'proxy'; url: URL; source: ProxySource; detail?: Record<string, unknown> }
  // A failure's detail is the `proxy:pac:HOST` check's (src/shared/details).
  | { kind: 'failed'; verdict: 'pac_failed'; message: string; detail: PacFailure };

export interface ProxyTarget {
  host: string;
  port: number;
  protocol: 'tls' | 'http' | 'tcp';
}

export type ProxyResolver = (target: ProxyTarget) => Promise<ProxyDecision>;

/** Asks a resolver; one that throws (a bug elsewhere) is `pac_failed` on the hosts it concerns, not a crash. */
export async function decide(resolver: ProxyResolver, target: ProxyTarget): Promise<ProxyDecision> {
  try {
    return await resolver(target);
  } catch (e) {
    return {
      kind: 'failed',
      verdict: 'pac_failed',
      message: e instanceof Error ? e.message : String(e),
      detail: { thrown: true },
    };
  }
}
