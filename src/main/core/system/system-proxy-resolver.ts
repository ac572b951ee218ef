import type { ProxyResolver } from '../network/proxy-decision';

/**
 * The PC's own proxy settings (WinINet/WinHTTP, scutil, GNOME, PAC) as a resolver.
 * Placeholder until issue 4 lands: undefined means "no system settings known".
 */
export async function createSystemProxyResolver(_env: NodeJS.ProcessEnv, _platform: NodeJS.Platform): Promise<ProxyResolver | undefined> {
  return undefined;
}
