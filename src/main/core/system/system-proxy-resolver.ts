import type { Lang } from '../../../shared/lang';
import { translator } from '../../../shared/i18n';
import type { ProxyDecision, ProxyResolver, ProxyTarget } from '../network/proxy-decision';
import { decisionFromPacAnswer } from '../network/pac-answer';
import { matchesBypass } from './bypass-match';
import { gsettingsProxyCommand, parseGnomeProxy } from './gnome-proxy';
import { parseScutilProxy, scutilProxyCommand } from './macos-proxy';
import { loadPac, type PacLoad } from './pac-script';
import { hasProxy, manualProxyFor, type SystemProxySettings } from './proxy-settings';
import { runCommand } from './run-command';
import { parseWinHttpProxy, winHttpCommand, winInetCommand, winInetConnectionsCommand, winInetSettingsFromReg } from './windows-proxy';

export interface SystemProxyOptions {
  /** Language of a `pac_failed` message (default en). */
  lang?: Lang;
  /** Limit for reading settings, fetching the PAC and each PAC answer. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Every proxy configuration the OS holds, most specific first: on Windows WinINet (per user) before
 * WinHTTP (machine-wide); on macOS the active service (`scutil --proxy`); on Linux GNOME's settings.
 */
export async function readSystemProxySettings(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, options: SystemProxyOptions = {}): Promise<SystemProxySettings[]> {
  const run = { env, ...(options.signal ? { signal: options.signal } : {}) };
  switch (platform) {
    case 'win32': {
      const [inet, connections, http] = await Promise.all([runCommand(winInetCommand(), run), runCommand(winInetConnectionsCommand(), run), runCommand(winHttpCommand, run)]);
      return [inet.ok ? winInetSettingsFromReg(inet.stdout, connections.stdout) : undefined, http.ok ? parseWinHttpProxy(http.stdout) : undefined].filter(isSettings);
    }
    case 'darwin': {
      const out = await runCommand(scutilProxyCommand, run);
      return [out.ok ? parseScutilProxy(out.stdout) : undefined].filter(isSettings);
    }
    default: {
      // gsettings exists on GNOME-based desktops; elsewhere it is simply not found.
      const out = await runCommand(gsettingsProxyCommand, run);
      return [out.ok ? parseGnomeProxy(out.stdout) : undefined].filter(isSettings);
    }
  }
}

function isSettings(s: SystemProxySettings | undefined): s is SystemProxySettings {
  return s !== undefined;
}

function pacUrlFor(target: ProxyTarget): string {
  const scheme = target.protocol === 'http' ? 'http' : 'https';
  const isDefault = (scheme === 'http' && target.port === 80) || (scheme === 'https' && target.port === 443);
  return `${scheme}://${target.host}${isDefault ? '' : `:${target.port}`}/`;
}

/** A resolver for one set of OS settings: its PAC per host when it has one, else its manual proxy and bypass list. */
export function resolverFromSettings(settings: SystemProxySettings, options: SystemProxyOptions = {}): ProxyResolver {
  const t = translator(options.lang ?? 'en');
  const timeoutMs = options.timeoutMs ?? 5000;
  const origin = settings.origin;
  const pacUrl = settings.pacUrl;
  if (pacUrl) {
    // Fetched and compiled once, on first use, then asked per destination like the browser would.
    let pac: Promise<PacLoad> | undefined;
    const cache = new Map<string, Promise<ProxyDecision>>();
    const failed = (stage: 'fetch' | 'run', reason: string, detail: Record<string, unknown>): ProxyDecision => ({
      kind: 'failed',
      verdict: 'pac_failed',
      message: t(stage === 'fetch' ? 'system:proxy.pacFetchFailed' : 'system:proxy.pacRunFailed', { url: pacUrl, reason }),
      detail: { pacUrl, origin, stage, reason, ...detail },
    });
    return (target) => {
      const key = `${target.protocol}:${target.host}:${target.port}`;
      let decision = cache.get(key);
      if (!decision) {
        decision = (async () => {
          pac ??= loadPac(pacUrl, timeoutMs);
          const loaded = await pac;
          if (!loaded.ok) return failed(loaded.stage, loaded.reason, loaded.detail);
          try {
            const d = decisionFromPacAnswer(await loaded.findProxy(pacUrlFor(target), target.host), 'pac');
            return d.kind === 'failed' ? d : { ...d, detail: { ...d.detail, pacUrl, origin } };
          } catch (e) {
            return failed('run', e instanceof Error ? e.message : String(e), {});
          }
        })();
        cache.set(key, decision);
      }
      return decision;
    };
  }
  return async (target) => {
    if (matchesBypass(target.host, settings.bypass)) return { kind: 'direct', source: 'system', detail: { origin, bypass: settings.bypass } };
    const server = manualProxyFor(settings, target.protocol);
    if (!server) return { kind: 'direct', source: 'system', detail: { origin, note: 'no HTTP proxy for this protocol', servers: settings.servers } };
    try {
      return { kind: 'proxy', url: new URL(`http://${server}`), source: 'system', detail: { origin } };
    } catch {
      return { kind: 'direct', source: 'system', detail: { origin, ignored: server, reason: 'not a proxy address' } };
    }
  };
}

/**
 * The PC's own proxy settings (WinINet/WinHTTP, scutil, GNOME, PAC) as a resolver; undefined when the OS
 * names no proxy and no PAC. Environment variables are the engine's own business, not this one's.
 */
export async function createSystemProxyResolver(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, options: SystemProxyOptions = {}): Promise<ProxyResolver | undefined> {
  const settings = (await readSystemProxySettings(env, platform, options)).find(hasProxy);
  return settings ? resolverFromSettings(settings, options) : undefined;
}
