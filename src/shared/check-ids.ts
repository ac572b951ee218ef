/**
 * The check ids of ARCHITECTURE.md, built here only: `dns:HOST`, `tcp:HOST:PORT`, `tls:HOST:PORT`,
 * `websocket:HOST:PORT`, `http:HOST:PORT`, `proxy:HOST:PORT` (the proxy itself), `proxy:pac:HOST`
 * (a PAC that failed for HOST), `bandwidth`, and the system's `os`, `browser`, `browser:ID`,
 * `display`, `disk`, `agent`, `security`, `permission`.
 */
export const checkIds = {
  dns: (host: string) => `dns:${host}`,
  tcp: (host: string, port: number) => `tcp:${host}:${port}`,
  tls: (host: string, port: number) => `tls:${host}:${port}`,
  websocket: (host: string, port: number) => `websocket:${host}:${port}`,
  http: (host: string, port: number) => `http:${host}:${port}`,
  proxy: (host: string, port: number) => `proxy:${host}:${port}`,
  pac: (host: string) => `proxy:pac:${host}`,
  bandwidth: 'bandwidth',
  os: 'os',
  /** Without an id: no supported browser was found. */
  browser: (id?: string) => (id === undefined ? 'browser' : `browser:${id}`),
  display: 'display',
  disk: 'disk',
  agent: 'agent',
  security: 'security',
  permission: 'permission',
  /** Added (issue 12): whether this PC is connected at all. */
  connectivity: 'connectivity',
  /** Added (issue 17): the idle test on one host's port (`check --idle`). */
  idle: (host: string, port: number) => `idle:${host}:${port}`,
  /** Added (issue 17): Chromium's own stack (browser page or Electron session) to one host's port. */
  chromium: (host: string, port: number) => `chromium:${host}:${port}`,
} as const;

/** The chain steps of one port, in the order they run. */
export const portStepKinds = ['tcp', 'tls', 'websocket', 'http'] as const;
