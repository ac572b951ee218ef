import { isExemptByNoProxy } from './no-proxy';
import { decisionFromPacAnswer } from './pac-answer';
import type { ProxyDecision, ProxyResolver, ProxyTarget } from './proxy-decision';
import { parseProxyUrl, redactUrl } from './proxy-url';

export interface ProxyResolverSources {
  /** `--proxy`. */
  flagUrl?: string;
  env: NodeJS.ProcessEnv;
  /** The OS's settings (issue 4); a `direct` answer with source `none` means "nothing configured". */
  system?: ProxyResolver;
  /** Chromium's own answer in PAC form, in the Electron app. */
  chromium?: (url: string) => Promise<string>;
}

function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  // Lowercase first, as curl and most tools read them; an empty value counts as unset.
  const v = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return v?.trim() ? v.trim() : undefined;
}

// When only one of the pair is set, a PC almost certainly needs that proxy for everything.
function envProxyFor(
  env: NodeJS.ProcessEnv,
  protocol: ProxyTarget['protocol'],
): string | undefined {
  const https = envValue(env, 'https_proxy');
  const http = envValue(env, 'http_proxy');
  const all = envValue(env, 'all_proxy');
  return protocol === 'http' ? (http ?? https ?? all) : (https ?? http ?? all);
}

function viaUrl(
  value: string,
  target: ProxyTarget,
  source: 'flag' | 'env',
  noProxy: string | undefined,
): ProxyDecision {
  if (isExemptByNoProxy(noProxy, target.host, target.port))
    return { kind: 'direct', source, detail: { noProxy } };
  const url = parseProxyUrl(value);
  if (!url)
    return {
      kind: 'direct',
      source,
      detail: { ignored: redactUrl(value), reason: 'not an HTTP proxy URL' },
    };
  return { kind: 'proxy', url, source };
}

/**
 * How each destination is reached, by ARCHITECTURE.md's precedence: `--proxy`, then the
 * environment, then the system's settings, then Chromium's. Nothing bypasses a proxy but NO_PROXY
 * (or the system's own bypass list), not even loopback.
 */
export function createProxyResolver(o: ProxyResolverSources): ProxyResolver {
  const noProxy = envValue(o.env, 'no_proxy');
  return async (target) => {
    if (o.flagUrl) return viaUrl(o.flagUrl, target, 'flag', noProxy);
    const fromEnv = envProxyFor(o.env, target.protocol);
    if (fromEnv) return viaUrl(fromEnv, target, 'env', noProxy);
    // The system's "nothing configured" keeps its evidence (e.g. auto-detect on, no WPAD script found).
    let nothingConfigured: ProxyDecision = { kind: 'direct', source: 'none' };
    if (o.system) {
      const d = await o.system(target);
      if (!(d.kind === 'direct' && d.source === 'none')) return d;
      nothingConfigured = d;
    }
    if (o.chromium) {
      const url = `${target.protocol === 'http' ? 'http' : 'https'}://${target.host}:${target.port}/`;
      try {
        return decisionFromPacAnswer(await o.chromium(url), 'chromium');
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        // Chromium's own words (net::ERR_…) are for support: the detail keeps them (issue 15).
        return { kind: 'failed', verdict: 'pac_failed', message: reason, detail: { url, reason } };
      }
    }
    return nothingConfigured;
  };
}
