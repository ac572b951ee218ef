import type { ProxyDecision, ProxySource } from './proxy-decision';

/**
 * Reads a PAC-style answer ("PROXY h:p; DIRECT") such as Chromium's `session.resolveProxy` gives.
 * The first entry we can use wins: an HTTP proxy (PROXY/HTTP), one spoken to over TLS (HTTPS), or
 * DIRECT; SOCKS entries are skipped, since the checks speak HTTP CONNECT only.
 */
export function decisionFromPacAnswer(answer: string, source: ProxySource): ProxyDecision {
  const skipped: string[] = [];
  for (const part of answer.split(';')) {
    const [kind = '', hostPort] = part.trim().split(/\s+/);
    const k = kind.toUpperCase();
    if (k === 'DIRECT')
      return {
        kind: 'direct',
        source,
        detail: { pac: answer, ...(skipped.length ? { skipped } : {}) },
      };
    if ((k === 'PROXY' || k === 'HTTP' || k === 'HTTPS') && hostPort) {
      try {
        const scheme = k === 'HTTPS' ? 'https' : 'http';
        return {
          kind: 'proxy',
          url: new URL(`${scheme}://${hostPort}`),
          source,
          detail: { pac: answer, ...(skipped.length ? { skipped } : {}) },
        };
      } catch {
        skipped.push(part.trim());
        continue;
      }
    }
    if (k) skipped.push(part.trim());
  }
  return {
    kind: 'direct',
    source,
    detail: { pac: answer, skipped, note: 'no usable entry: tried directly' },
  };
}
