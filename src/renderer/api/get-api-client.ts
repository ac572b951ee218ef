import type { ApiClientOptions } from '../../shared/api-client';
import {
  BRIDGE_PATH,
  BRIDGE_PROTOCOL,
  SECRET_PROTOCOL_PREFIX,
  SESSION_PATH,
  sessionSecretSchema,
} from '../../shared/bridge-messages';
import { inBothLangs } from '../../shared/both-langs';
import { isPreloadSurface, PRELOAD_GLOBAL } from '../../shared/preload-surface';
import { rendererI18n } from '../i18n/renderer-i18n';
import type { PageClient } from './api-client';
import { createPreloadClient } from './preload-client';
import { createWebSocketClient } from './ws-client';

let client: PageClient | undefined;

/** The one client of this page: the preload's surface in Electron, otherwise the browser-mode bridge. */
export function getApiClient(): PageClient {
  client ??= create();
  return client;
}

function create(): PageClient {
  // The client's own refusals speak the language the page shows.
  const options: ApiClientOptions = {
    lang: () => (rendererI18n.language === 'en' ? 'en' : 'ja'),
    warn: (message) => console.warn(message),
  };
  const surface: unknown = Reflect.get(window, PRELOAD_GLOBAL);
  if (isPreloadSurface(surface)) return createPreloadClient(surface, options);
  // Same host and port as the page; the page secret goes as a subprotocol, never in a cookie.
  const url = `ws://${location.host}${BRIDGE_PATH}`;
  const secret = pageSecret();
  return createWebSocketClient(
    ({ onOpen, onMessage, onClose }) => {
      let socket: WebSocket | undefined;
      let isClosed = false;
      void secret.then((s) => {
        if (s === null || isClosed) return onClose();
        socket = new WebSocket(url, [BRIDGE_PROTOCOL, `${SECRET_PROTOCOL_PREFIX}${s}`]);
        socket.addEventListener('open', onOpen);
        socket.addEventListener('message', (event) => {
          if (typeof event.data === 'string') onMessage(event.data);
        });
        socket.addEventListener('close', onClose);
      });
      return {
        send: (text) => socket?.send(text),
        close: () => {
          isClosed = true;
          socket?.close();
        },
      };
    },
    options,
    () => refusal,
  );
}

// sessionStorage is per origin, so per port: no other server on 127.0.0.1 can read it, a reload keeps
// it, another browser profile never has it.
const SECRET_KEY = 'session-prep:page-secret';
let refusal: string | undefined;

/** Why browser mode did not let this page in (Japanese, then English), once that is known. */
export function pageRefusal(): string | undefined {
  return refusal;
}

/**
 * The page secret: kept from an earlier load of this tab, or traded once for the launch code in the
 * address's fragment (which is never sent over the network), then the fragment is taken off the address.
 */
async function pageSecret(): Promise<string | null> {
  const kept = sessionStorage.getItem(SECRET_KEY);
  const launch = new URLSearchParams(location.hash.slice(1)).get('launch');
  if (location.hash) history.replaceState(null, '', `${location.pathname}${location.search}`);
  if (!launch) {
    // No launch code and nothing kept: the address was typed or bookmarked without its code.
    if (kept === null) refusal = inBothLangs((t) => t('api:web.needSession'));
    return kept;
  }
  const res = await fetch(SESSION_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ launch }),
    credentials: 'omit',
  }).catch(() => undefined);
  const parsed = res?.ok
    ? sessionSecretSchema.safeParse(await res.json().catch(() => null))
    : undefined;
  if (parsed?.success) {
    sessionStorage.setItem(SECRET_KEY, parsed.data.secret);
    return parsed.data.secret;
  }
  // The printed address opened again in the tab that already traded it: the tab keeps its secret.
  if (kept) return kept;
  refusal = res && !res.ok ? (await res.text()).trim() : undefined;
  return null;
}
