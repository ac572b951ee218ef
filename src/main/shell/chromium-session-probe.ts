import type { Session } from 'electron';
import type { CoreOptions } from '../core/context';
import type { ChromiumFetch, ChromiumTarget } from '../../shared/details/chromium-detail';

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/**
 * Issue 17 in the app: the same probe as the browser page's, through the shell's own Chromium session,
 * its proxy resolution (system settings, PAC and WPAD) and its certificate verifier. Per host: Chromium's
 * proxy answer for the `https://` URL and for the catalog's `wss://` one (they can differ: a PAC is asked
 * with each URL), and a `net.fetch` of `https://HOST:PORT/`, whose errors come as `net::ERR_…`.
 * electron.d.ts offers no WebSocket through a session in the main process, so the WebSocket is known
 * here only by the proxy Chromium would take for it.
 */
export function chromiumSessionProbe(ses: Session): NonNullable<CoreOptions['chromiumProbe']> {
  return (targets, timeoutMs, signal) =>
    Promise.all(targets.map((t) => probeTarget(ses, t, timeoutMs, signal)));
}

async function probeTarget(
  ses: Session,
  t: ChromiumTarget,
  timeoutMs: number,
  signal: AbortSignal,
) {
  const https = `https://${t.host}:${t.port}/`;
  const wss = t.websocketPath
    ? new URL(t.websocketPath, `wss://${t.host}:${t.port}`).href
    : undefined;
  const [proxyHttps, proxyWss, fetched] = await Promise.all([
    ses.resolveProxy(https),
    wss === undefined ? Promise.resolve(undefined) : ses.resolveProxy(wss),
    sessionFetch(ses, https, timeoutMs, signal),
  ]);
  return {
    host: t.host,
    port: t.port,
    fetch: fetched,
    proxy: {
      https: clip(proxyHttps, 1000),
      ...(proxyWss === undefined ? {} : { wss: clip(proxyWss, 1000) }),
    },
  };
}

async function sessionFetch(
  ses: Session,
  url: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<ChromiumFetch> {
  const controller = new AbortController();
  // Its own timer (not AbortSignal.any: ARCHITECTURE.md, step limits), and the run's cancel.
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onCancel = () => controller.abort();
  signal.addEventListener('abort', onCancel, { once: true });
  const start = performance.now();
  const ms = () => Math.round(performance.now() - start);
  try {
    const response = await ses.fetch(url, {
      credentials: 'omit',
      redirect: 'manual',
      signal: controller.signal,
    });
    void response.body?.cancel();
    return { url, outcome: 'response', status: response.status, ms: ms() };
  } catch (e) {
    if (controller.signal.aborted) return { url, outcome: 'timeout', ms: ms() };
    return {
      url,
      outcome: 'error',
      ...(e instanceof Error
        ? { errorName: clip(e.name, 200), errorMessage: clip(e.message, 500) }
        : { errorMessage: clip(String(e), 500) }),
      ms: ms(),
    };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onCancel);
  }
}
