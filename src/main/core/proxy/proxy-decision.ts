/** Where a proxy choice came from (precedence: flag, env, system/pac, then Chromium's in the Electron app). */
export type ProxySource = 'flag' | 'env' | 'system' | 'pac' | 'chromium' | 'none';

// A decision's `detail` may carry `note`: one sentence on how the proxy was chosen, shown in the run's `proxy`.

/** How one destination is reached: the seam between the network checks and every way of knowing the proxy. */
export type ProxyDecision =
  | { kind: 'direct'; source: ProxySource; detail?: Record<string, unknown> }
  | { kind: 'proxy'; url: URL; source: ProxySource; detail?: Record<string, unknown> }
  | { kind: 'failed'; verdict: 'pac_failed'; message: string; detail: Record<string, unknown> };

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
