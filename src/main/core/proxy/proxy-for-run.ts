import type { Lang } from '../../../shared/lang';
import { createProxyResolver } from './create-proxy-resolver';
import type { ProxyResolver } from './proxy-decision';
import { createSystemProxyResolver } from './system-proxy-resolver';

export interface RunProxySources {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** `--proxy`. */
  flagUrl?: string;
  /** Chromium's own answer in PAC form, in the Electron app. */
  chromium?: (url: string) => Promise<string>;
  /** Language of a `pac_failed` message. */
  lang: Lang;
  /** Limit for reading the OS settings, fetching a PAC and each of its answers. */
  timeoutMs: number;
}

/**
 * The proxy of one check run, by ARCHITECTURE.md's precedence: `--proxy`, the environment, the OS's
 * settings (PAC and WPAD included), then Chromium's. Built per run: the PC's settings may have changed
 * since the last one (a fix, a VPN).
 */
export async function proxyResolverForRun(o: RunProxySources): Promise<ProxyResolver> {
  const system = await createSystemProxyResolver(o.env, o.platform, {
    lang: o.lang,
    timeoutMs: o.timeoutMs,
  });
  return createProxyResolver({
    env: o.env,
    ...(o.flagUrl ? { flagUrl: o.flagUrl } : {}),
    ...(system ? { system } : {}),
    ...(o.chromium ? { chromium: o.chromium } : {}),
  });
}
