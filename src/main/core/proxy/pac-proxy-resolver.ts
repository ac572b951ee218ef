import type { PacFailure, PacLoadFailure } from '../../../shared/details';
import type { Lang } from '../../../shared/lang';
import { translator } from '../../../shared/i18n';
import { decisionFromPacAnswer } from './pac-answer';
import type { ProxyDecision, ProxyResolver, ProxyTarget } from './proxy-decision';
import type { PacLoad } from './pac-thread';

export interface PacResolverOptions {
  lang?: Lang;
  /** Where the script's URL came from, kept in every decision's detail. */
  detail: Pick<PacFailure, 'origin' | 'autoDetect' | 'wpad'>;
  /** The script was found by "detect settings automatically" (WPAD), which its messages say. */
  wpad?: boolean;
}

function pacUrlFor(target: ProxyTarget): string {
  const scheme = target.protocol === 'http' ? 'http' : 'https';
  const isDefault =
    (scheme === 'http' && target.port === 80) || (scheme === 'https' && target.port === 443);
  return `${scheme}://${target.host}${isDefault ? '' : `:${target.port}`}/`;
}

/**
 * A PAC asked per destination, like the browser would: `load` runs once, on first use (fetch and
 * compile), and each destination's answer is kept for the run.
 */
export function pacProxyResolver(
  pacUrl: string,
  load: () => Promise<PacLoad>,
  options: PacResolverOptions,
): ProxyResolver {
  const t = translator(options.lang ?? 'en');
  let pac: Promise<PacLoad> | undefined;
  const cache = new Map<string, Promise<ProxyDecision>>();
  const failed = (
    stage: 'fetch' | 'run',
    reason: string,
    detail: PacLoadFailure,
  ): ProxyDecision => ({
    kind: 'failed',
    verdict: 'pac_failed',
    message: t(
      options.wpad
        ? 'system:proxy.wpadRunFailed'
        : stage === 'fetch'
          ? 'system:proxy.pacFetchFailed'
          : 'system:proxy.pacRunFailed',
      { url: pacUrl, reason },
    ),
    detail: { pacUrl, ...options.detail, stage, reason, ...detail },
  });
  return (target) => {
    const key = `${target.protocol}:${target.host}:${target.port}`;
    let decision = cache.get(key);
    if (!decision) {
      decision = (async () => {
        pac ??= load();
        const loaded = await pac;
        if (!loaded.ok) return failed(loaded.stage, loaded.reason, loaded.detail);
        try {
          const d = decisionFromPacAnswer(
            await loaded.findProxy(pacUrlFor(target), target.host),
            'pac',
          );
          return d.kind === 'failed'
            ? d
            : { ...d, detail: { ...d.detail, pacUrl, ...options.detail } };
        } catch (e) {
          return failed('run', e instanceof Error ? e.message : String(e), {});
        }
      })();
      cache.set(key, decision);
    }
    return decision;
  };
}
