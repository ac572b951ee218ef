import { checkIds } from './check-ids';
import { checkResultOf, type CheckResult } from './check-result';
import type {
  ChromiumFetch,
  ChromiumProbeResult,
  ChromiumStack,
  ChromiumTarget,
  ChromiumWebSocket,
} from './details/chromium-detail';
import type { Lang } from './lang';
import { wordVerdict } from './word-verdict';

/**
 * Chromium's outcomes (the browser page's or the Electron session's) as `chromium:HOST:PORT` checks, the
 * same way on both sides. Only what a page can see decides: an answer to the fetch (`opaque` in a page,
 * a `response` in Electron) and, where the catalog has a WebSocket path, the socket's `open`. Error
 * names and close codes are kept as given, never used to decide.
 */

/** Whether the fetch reached TLS and HTTP: a page's `no-cors` answer is opaque, Electron sees a response. */
export const fetchReached = (f: ChromiumFetch): boolean =>
  f.outcome === 'opaque' || f.outcome === 'response';

/** Whether the WebSocket reached the server: only `open` shows it (a page sees 1006 for every refusal). */
export const websocketReached = (w: ChromiumWebSocket): boolean => w.outcome === 'open';

/** The attempt that failed first, or undefined when the host was reached. */
export function failedAttempt(
  r: Pick<ChromiumProbeResult, 'fetch' | 'websocket'>,
): 'fetch' | 'websocket' | undefined {
  if (!fetchReached(r.fetch)) return 'fetch';
  if (r.websocket && !websocketReached(r.websocket)) return 'websocket';
  return undefined;
}

export interface ChromiumChecksInput {
  results: readonly ChromiumProbeResult[];
  stack: ChromiumStack;
  /** The run's targets: a result for a host:port not among them is not a check of this run. */
  targets: readonly ChromiumTarget[];
  lang: Lang;
}

/** One check per target that has a result, in the targets' order. */
export function chromiumChecksOf(o: ChromiumChecksInput): CheckResult[] {
  const byTarget = new Map(o.results.map((r) => [`${r.host.toLowerCase()}:${r.port}`, r]));
  const checks: CheckResult[] = [];
  for (const target of o.targets) {
    const r = byTarget.get(`${target.host.toLowerCase()}:${target.port}`);
    if (!r) continue;
    const failed = failedAttempt(r);
    const isSession = o.stack === 'electron-session';
    const vars = { host: target.host, port: target.port };
    const wording =
      failed === undefined
        ? wordVerdict(o.lang, 'ok', {
            kind: 'chromium',
            variant: isSession ? 'chromiumSession' : r.websocket ? 'chromiumWebsocket' : 'chromium',
            vars,
          })
        : wordVerdict(o.lang, 'chromium_failed', {
            ...(isSession
              ? { variant: 'session' }
              : failed === 'websocket'
                ? { variant: 'websocket' }
                : {}),
            vars,
          });
    checks.push(
      checkResultOf({
        id: checkIds.chromium(target.host, target.port),
        kind: 'chromium',
        target: { host: target.host, port: target.port },
        // A browser that fails beside an app that works is worth a warning, never "not ready": whether
        // the PC is ready stays the agent's chain's to say (and the disagreement sentence says why).
        status: failed === undefined ? 'pass' : 'warn',
        verdict: failed === undefined ? 'ok' : 'chromium_failed',
        durationMs: r.fetch.ms + (r.websocket?.ms ?? 0),
        message: wording.message,
        ...(wording.fix ? { fix: wording.fix } : {}),
        required: target.required,
        detail: {
          stack: o.stack,
          fetch: r.fetch,
          ...(r.websocket ? { websocket: r.websocket } : {}),
          ...(r.proxy ? { proxy: r.proxy } : {}),
        },
      }),
    );
  }
  return checks;
}

/** The host:port pairs of results that are not targets of the run (a page must not add checks of its own). */
export function unknownTargets(
  results: readonly Pick<ChromiumProbeResult, 'host' | 'port'>[],
  targets: readonly ChromiumTarget[],
): string[] {
  const known = new Set(targets.map((t) => `${t.host.toLowerCase()}:${t.port}`));
  return results.map((r) => `${r.host}:${r.port}`).filter((k) => !known.has(k.toLowerCase()));
}

/**
 * What Chromium probes in a run: the Node chain's own list, each required TLS port it checked (its `tls:`
 * checks), with the catalog's WebSocket path of the host where it has one.
 */
export function chromiumTargetsOf(
  checks: readonly CheckResult[],
  websocketPathOf: (host: string) => string | undefined,
): ChromiumTarget[] {
  const targets: ChromiumTarget[] = [];
  for (const c of checks) {
    if (c.kind !== 'tls' || !c.target?.port || c.required === false) continue;
    const path = websocketPathOf(c.target.host);
    targets.push({
      host: c.target.host,
      port: c.target.port,
      ...(path ? { websocketPath: path } : {}),
      required: true,
    });
  }
  return targets;
}
