import { lookup } from 'node:dns/promises';
import type { Lang } from '../../../shared/lang';
import { translator } from '../../../shared/i18n';
import type { ProxyDecision, ProxyResolver } from './proxy-decision';
import { pacProxyResolver } from './pac-proxy-resolver';
import { fetchPacText } from './pac-fetch';
import { compilePac, type PacLoad } from './pac-thread';
import { wpadHosts, wpadUrl } from './wpad-candidates';

/** Where to fetch a WPAD name's script from, or why it is skipped. */
export type CandidateLocation = { ok: true; base: string } | { ok: false; reason: string };

/** What happened to one WPAD URL, in the order tried. */
export interface WpadAttempt {
  url: string;
  outcome: 'found' | 'not_resolved' | 'not_fetched' | 'not_runnable';
  reason?: string;
}

export type WpadDiscovery =
  | { kind: 'found'; url: string; pac: Extract<PacLoad, { ok: true }>; attempts: WpadAttempt[] }
  | { kind: 'broken'; url: string; pac: Extract<PacLoad, { ok: false }>; attempts: WpadAttempt[] }
  | { kind: 'none'; attempts: WpadAttempt[]; suffixes: string[] };

export interface WpadOptions {
  lang?: Lang;
  /** Limit for compiling the script and for each of its answers. */
  timeoutMs?: number;
  /** Limit for each name's lookup and for each fetch: a missing name must not hold the checks up. */
  candidateTimeoutMs?: number;
  /** The name → server step; the default asks the OS resolver (hosts file included), as WinHTTP does. */
  resolveCandidate?: (host: string, timeoutMs: number) => Promise<CandidateLocation>;
}

/** The real lookup: the name must resolve, then its script is fetched by name (so the Host header is right). */
export async function lookupCandidate(host: string, timeoutMs: number): Promise<CandidateLocation> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CandidateLocation>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, reason: `no answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  const found = lookup(host).then(
    (): CandidateLocation => ({ ok: true, base: `http://${host}` }),
    (e: NodeJS.ErrnoException): CandidateLocation => ({ ok: false, reason: e.code ?? String(e) }),
  );
  try {
    return await Promise.race([found, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * DNS-based WPAD: each candidate name in order; the first that serves a script ends the search.
 * A name that does not resolve or serves nothing is skipped; a script that does not compile ends it as
 * broken (the PC's browsers would stop there too and fail), never as "no proxy".
 */
export async function discoverWpad(
  suffixes: readonly string[],
  options: WpadOptions = {},
): Promise<WpadDiscovery> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const perCandidate = options.candidateTimeoutMs ?? Math.min(timeoutMs, 2000);
  const resolve = options.resolveCandidate ?? lookupCandidate;
  const attempts: WpadAttempt[] = [];
  for (const host of wpadHosts(suffixes)) {
    const url = wpadUrl(host);
    const where = await resolve(host, perCandidate);
    if (!where.ok) {
      attempts.push({ url, outcome: 'not_resolved', reason: where.reason });
      continue;
    }
    const fetched = await fetchPacText(`${where.base}/wpad.dat`, perCandidate);
    if (!fetched.ok) {
      attempts.push({ url, outcome: 'not_fetched', reason: fetched.reason });
      continue;
    }
    const pac = await compilePac(fetched.text, timeoutMs);
    if (!pac.ok) {
      attempts.push({ url, outcome: 'not_runnable', reason: pac.reason });
      return { kind: 'broken', url, pac, attempts };
    }
    attempts.push({ url, outcome: 'found' });
    return { kind: 'found', url, pac, attempts };
  }
  return { kind: 'none', attempts, suffixes: [...suffixes] };
}

export interface WpadResolverOptions extends WpadOptions {
  /** Where "detect automatically" was read (wininet, macos, gnome). */
  origin: string;
  /** The PC's DNS suffixes, read on first use only. */
  suffixes: () => Promise<string[]>;
  /** What the PC does when WPAD finds nothing: its manual proxy, another setting, or nothing. */
  fallback?: ProxyResolver;
}

/**
 * "Detect settings automatically" as a resolver. Discovery runs once, on the first destination asked,
 * so a run that never needs a proxy pays nothing. Found: that script decides (source `pac`, its URL in
 * the detail). Nothing found: the fallback decides, and the detail says what was tried.
 */
export function wpadResolver(options: WpadResolverOptions): ProxyResolver {
  const t = translator(options.lang ?? 'en');
  let discovery: Promise<{ found: WpadDiscovery; resolve?: ProxyResolver }> | undefined;
  const discover = async () => {
    const found = await discoverWpad(await options.suffixes(), options);
    if (found.kind === 'none') return { found };
    const pac = found.pac;
    const detail = {
      origin: options.origin,
      autoDetect: true,
      wpad: { url: found.url, tried: found.attempts },
    };
    return {
      found,
      resolve: pacProxyResolver(found.url, () => Promise.resolve(pac), {
        ...(options.lang ? { lang: options.lang } : {}),
        detail,
        wpad: true,
      }),
    };
  };
  return async (target): Promise<ProxyDecision> => {
    discovery ??= discover();
    const { found, resolve } = await discovery;
    if (resolve) return resolve(target);
    const wpad = {
      found: false,
      suffixes: found.kind === 'none' ? found.suffixes : [],
      tried: found.attempts,
      summary: t('system:proxy.wpadNotFound'),
    };
    if (!options.fallback)
      return {
        kind: 'direct',
        source: 'none',
        detail: { origin: options.origin, autoDetect: true, wpad, note: wpad.summary },
      };
    const d = await options.fallback(target);
    return d.kind === 'failed'
      ? { ...d, detail: { ...d.detail, wpad } }
      : { ...d, detail: { ...d.detail, autoDetect: true, wpad } };
  };
}
