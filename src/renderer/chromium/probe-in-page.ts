import type {
  ChromiumFetch,
  ChromiumProbeResult,
  ChromiumTarget,
  ChromiumWebSocket,
} from '../../shared/details/chromium-detail';

/**
 * What this page's own browser can find out about a vendor host (issue 17): a TLS fetch and, where the
 * catalog has a path, a WebSocket. A page sees little, and that little is kept exactly as given: an
 * opaque answer (TLS and HTTP reached), an error's name and message ("TypeError: Failed to fetch"), a
 * WebSocket's open or its close code (1006 for every failure alike). The page's CSP allows exactly the
 * catalog's hosts (src/main/web/chromium-connect-sources.ts).
 */
export async function probeInPage(
  targets: readonly ChromiumTarget[],
  timeoutMs: number,
): Promise<ChromiumProbeResult[]> {
  return Promise.all(
    targets.map(async (t) => {
      const origin = `https://${t.host}:${t.port}`;
      const [fetched, websocket] = await Promise.all([
        probeFetch(new URL('/', origin).href, timeoutMs),
        t.websocketPath
          ? probeWebSocket(new URL(t.websocketPath, `wss://${t.host}:${t.port}`).href, timeoutMs)
          : Promise.resolve(undefined),
      ]);
      return { host: t.host, port: t.port, fetch: fetched, ...(websocket ? { websocket } : {}) };
    }),
  );
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
const elapsed = (start: number) => Math.round(performance.now() - start);

function errorFields(e: unknown): Pick<ChromiumFetch, 'errorName' | 'errorMessage'> {
  if (e instanceof Error)
    return { errorName: clip(e.name, 200), errorMessage: clip(e.message, 500) };
  return { errorMessage: clip(String(e), 500) };
}

/** A `no-cors` GET without credentials or cache: any answer is proof TLS and HTTP got through. */
export async function probeFetch(url: string, timeoutMs: number): Promise<ChromiumFetch> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const start = performance.now();
  try {
    const response = await fetch(url, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      // Chromium refuses `manual` with `no-cors` ("Request mode is "no-cors" but the redirect mode is not
      // "follow""). So a redirect is followed, and one to a host outside the catalog meets the CSP and
      // ends as the browser's own error: the catalog should name the host a vendor redirects to.
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    const isOpaque = response.type === 'opaque' || response.type === 'opaqueredirect';
    return {
      url,
      outcome: isOpaque ? 'opaque' : 'response',
      ...(isOpaque ? {} : { status: response.status }),
      ms: elapsed(start),
    };
  } catch (e) {
    if (controller.signal.aborted) return { url, outcome: 'timeout', ms: elapsed(start) };
    return { url, outcome: 'error', ...errorFields(e), ms: elapsed(start) };
  } finally {
    clearTimeout(timer);
  }
}

/** Opens a WebSocket and closes it at once: `open` proves the way; a close before it gives only its code. */
export function probeWebSocket(url: string, timeoutMs: number): Promise<ChromiumWebSocket> {
  const start = performance.now();
  return new Promise((resolve) => {
    let socket: WebSocket;
    try {
      socket = new WebSocket(url);
    } catch (e) {
      resolve({ url, outcome: 'closed', ...errorFields(e), ms: elapsed(start) });
      return;
    }
    let isSettled = false;
    const settle = (result: ChromiumWebSocket) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      settle({ url, outcome: 'timeout', ms: elapsed(start) });
      socket.close();
    }, timeoutMs);
    socket.addEventListener('open', () => {
      settle({ url, outcome: 'open', ms: elapsed(start) });
      socket.close(1000);
    });
    socket.addEventListener('close', (event) => {
      settle({
        url,
        outcome: 'closed',
        closeCode: event.code,
        ...(event.reason ? { closeReason: clip(event.reason, 200) } : {}),
        ms: elapsed(start),
      });
    });
  });
}
