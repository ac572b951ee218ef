/**
 * What the proxy area offers the other areas: how each destination is reached, and the means to go
 * there. The precedence is ARCHITECTURE.md's: `--proxy`, then HTTPS_PROXY/HTTP_PROXY/NO_PROXY, then the
 * OS's settings (PAC and WPAD included), then Chromium's in the Electron app.
 *
 * - Deciding: proxy-for-run.ts (one run's resolver), create-proxy-resolver.ts (the precedence),
 *   no-proxy.ts (NO_PROXY), proxy-url.ts (proxy URLs: parsing, --proxy, credentials), proxy-decision.ts.
 * - The OS's settings: system-proxy-resolver.ts reads windows-proxy.ts (WinINet, WinHTTP), macos-proxy.ts
 *   (scutil), gnome-proxy.ts (gsettings) into proxy-settings.ts's one shape; bypass-match.ts.
 * - PAC: pac-fetch.ts, pac-thread.ts (the thread and its limits), pac-worker.ts (the thread's own module,
 *   an entry of its own in each bundle), pac-worker-messages.ts (what crosses to and from it),
 *   pac-worker-start.ts with pac-worker-from-sources.ts (which file a thread starts from), pac-answer.ts
 *   ("PROXY h:p; DIRECT"), pac-proxy-resolver.ts (a PAC asked per destination).
 * - WPAD: wpad.ts (discovery), wpad-candidates.ts (the names, without devolution), dns-suffix.ts.
 * - Using it: proxy-tunnel.ts (reaching the proxy, the CONNECT tunnel); proxy-used.ts (the run's record).
 */

export { proxyResolverForRun, type RunProxySources } from './proxy-for-run';
export {
  decide,
  type ProxyDecision,
  type ProxyResolver,
  type ProxySource,
  type ProxyTarget,
} from './proxy-decision';
export { connectToProxy, connectTunnel, type ProxyStepOptions } from './proxy-tunnel';
export { checkProxyFlag, proxyAuthorization, proxyHostPort, redactUrl } from './proxy-url';
export { proxyUsed } from './proxy-used';
export { readSystemProxySettings } from './system-proxy-resolver';
export { proxySettingsFacts, type SystemProxySettings } from './proxy-settings';
export { compilePac } from './pac-thread';
