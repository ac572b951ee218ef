import type { Lang } from '../../../shared/lang';
import type { ProxyResolver } from './proxy-decision';
import { matchesBypass } from './bypass-match';
import { readDnsSuffixes } from './dns-suffix';
import { gsettingsProxyCommand, parseGnomeProxy } from './gnome-proxy';
import { parseScutilProxy, scutilProxyCommand } from './macos-proxy';
import { pacProxyResolver } from './pac-proxy-resolver';
import { loadPac } from './pac-thread';
import { hasProxy, manualProxyFor, type SystemProxySettings } from './proxy-settings';
import { runCommand } from '../os/run-command';
import {
  parseWinHttpProxy,
  winHttpCommand,
  winInetCommand,
  winInetConnectionsCommand,
  winInetSettingsFromReg,
} from './windows-proxy';
import { wpadResolver, type WpadOptions } from './wpad';

export interface SystemProxyOptions {
  /** Language of a `pac_failed` message (default en). */
  lang?: Lang;
  /** Limit for reading settings, fetching the PAC and each PAC answer. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** The WPAD name → server step (tests serve wpad.dat on loopback); the OS resolver by default. */
  resolveWpadCandidate?: WpadOptions['resolveCandidate'];
  /** The PC's DNS suffixes for WPAD (tests); read from the OS by default. */
  dnsSuffixes?: () => Promise<string[]>;
}

/**
 * Every proxy configuration the OS holds, most specific first: on Windows WinINet (per user) before
 * WinHTTP (machine-wide); on macOS the active service (`scutil --proxy`); on Linux GNOME's settings.
 */
export async function readSystemProxySettings(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  options: SystemProxyOptions = {},
): Promise<SystemProxySettings[]> {
  const run = { env, ...(options.signal ? { signal: options.signal } : {}) };
  switch (platform) {
    case 'win32': {
      const [inet, connections, http] = await Promise.all([
        runCommand(winInetCommand(), run),
        runCommand(winInetConnectionsCommand(), run),
        runCommand(winHttpCommand, run),
      ]);
      return [
        inet.ok ? winInetSettingsFromReg(inet.stdout, connections.stdout) : undefined,
        http.ok ? parseWinHttpProxy(http.stdout) : undefined,
      ].filter(isSettings);
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

/** A resolver for one set of OS settings: its PAC per host when it has one, else its manual proxy and bypass list. */
export function resolverFromSettings(
  settings: SystemProxySettings,
  options: SystemProxyOptions = {},
): ProxyResolver {
  const timeoutMs = options.timeoutMs ?? 5000;
  const origin = settings.origin;
  const pacUrl = settings.pacUrl;
  if (pacUrl)
    return pacProxyResolver(pacUrl, () => loadPac(pacUrl, timeoutMs), {
      ...(options.lang ? { lang: options.lang } : {}),
      detail: { origin },
    });
  return async (target) => {
    if (matchesBypass(target.host, settings.bypass))
      return { kind: 'direct', source: 'system', detail: { origin, bypass: settings.bypass } };
    const server = manualProxyFor(settings, target.protocol);
    if (!server)
      return {
        kind: 'direct',
        source: 'system',
        detail: { origin, note: 'no HTTP proxy for this protocol', servers: settings.servers },
      };
    try {
      return {
        kind: 'proxy',
        url: new URL(`http://${server}`),
        source: 'system',
        detail: { origin },
      };
    } catch {
      return {
        kind: 'direct',
        source: 'system',
        detail: { origin, ignored: server, reason: 'not a proxy address' },
      };
    }
  };
}

/**
 * The PC's own proxy settings (WinINet/WinHTTP, scutil, GNOME, PAC, WPAD) as a resolver; undefined when
 * the OS names no proxy, no PAC, and does not detect one automatically. Environment variables are the
 * engine's own business, not this one's. "Detect settings automatically" applies where no PAC URL is
 * set (a configured script wins, as on Windows); when it finds no script, the settings behave as before.
 */
export async function createSystemProxyResolver(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  options: SystemProxyOptions = {},
): Promise<ProxyResolver | undefined> {
  const all = await readSystemProxySettings(env, platform, options);
  const settings = all.find(hasProxy);
  const plain = settings ? resolverFromSettings(settings, options) : undefined;
  const detecting = all.find((s) => hasProxy(s) || s.autoDetect);
  if (!detecting?.autoDetect || detecting.pacUrl) return plain;
  return wpadResolver({
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.resolveWpadCandidate ? { resolveCandidate: options.resolveWpadCandidate } : {}),
    origin: detecting.origin,
    suffixes: options.dnsSuffixes ?? (() => readDnsSuffixes(platform, env, options.signal)),
    ...(plain ? { fallback: plain } : {}),
  });
}
