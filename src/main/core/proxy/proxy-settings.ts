/** The proxy configuration an OS holds, in one shape for every OS. */
export interface SystemProxySettings {
  /** Where it was read: WinINet (per user, what browsers use), WinHTTP (services), macOS, GNOME. */
  origin: 'wininet' | 'winhttp' | 'macos' | 'gnome';
  /** A PAC script's URL (http:, https: or file:). */
  pacUrl?: string;
  /** Manual proxies as "host:port" by scheme; `all` serves every scheme without its own. */
  servers: { http?: string; https?: string; all?: string; socks?: string };
  /** Hosts that go direct: names, wildcards ("*.corp"), CIDR ranges; "<local>" as WinINet writes it. */
  bypass: string[];
  /** Whether "detect settings automatically" (WPAD) is on; not evaluated, reported only. */
  autoDetect?: boolean;
}

/** Whether settings name anything at all (a PAC or a proxy). */
export function hasProxy(s: SystemProxySettings): boolean {
  return Boolean(s.pacUrl || s.servers.http || s.servers.https || s.servers.all || s.servers.socks);
}

/**
 * WinINet's ProxyServer: "host:port" for every scheme, or "http=h:p;https=h:p;socks=h:p" per scheme
 * (also seen with spaces). A scheme prefix inside a value ("http=http://h:p") is kept out.
 */
export function parseProxyServerList(value: string): SystemProxySettings['servers'] {
  const servers: SystemProxySettings['servers'] = {};
  const clean = (v: string) =>
    v
      .trim()
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/\/$/, '');
  if (!value.includes('=')) {
    const first = value.split(/[;\s]+/).find(Boolean);
    if (first) servers.all = clean(first);
    return servers;
  }
  for (const part of value.split(/[;\s]+/)) {
    const m = /^([a-z]+)=(.+)$/i.exec(part.trim());
    if (!m?.[2]) continue;
    const scheme = (m[1] ?? '').toLowerCase();
    if (scheme === 'http' || scheme === 'https' || scheme === 'socks')
      servers[scheme] = clean(m[2]);
  }
  return servers;
}

/** The proxy "host:port" for a destination protocol: TLS and raw TCP tunnel through the HTTPS proxy. */
export function manualProxyFor(
  s: SystemProxySettings,
  protocol: 'tls' | 'http' | 'tcp',
): string | undefined {
  return protocol === 'http'
    ? (s.servers.http ?? s.servers.all)
    : (s.servers.https ?? s.servers.all);
}

/** Settings as facts for the result document: no credentials, ever. */
export function proxySettingsFacts(s: SystemProxySettings): Record<string, unknown> {
  const strip = (v: string | undefined) => v?.replace(/\/\/[^@/]*@/, '//');
  return {
    origin: s.origin,
    ...(s.pacUrl ? { pacUrl: strip(s.pacUrl) } : {}),
    servers: Object.fromEntries(Object.entries(s.servers).map(([k, v]) => [k, strip(v)])),
    bypass: s.bypass,
    ...(s.autoDetect === undefined ? {} : { autoDetect: s.autoDetect }),
  };
}
