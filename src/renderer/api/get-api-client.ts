import type { ApiClientOptions } from '../../shared/api-client';
import { BRIDGE_PATH } from '../../shared/bridge-messages';
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
  // Same host and port as the page: the token travels in the HttpOnly cookie the host set on the first visit.
  const url = `ws://${location.host}${BRIDGE_PATH}`;
  return createWebSocketClient(({ onOpen, onMessage, onClose }) => {
    const socket = new WebSocket(url);
    socket.addEventListener('open', onOpen);
    socket.addEventListener('message', (event) => {
      if (typeof event.data === 'string') onMessage(event.data);
    });
    socket.addEventListener('close', onClose);
    return socket;
  }, options);
}
