import { BRIDGE_PATH } from '../../shared/bridge-messages';
import { isPreloadSurface, PRELOAD_GLOBAL } from '../../shared/preload-surface';
import type { ApiClient } from './api-client';
import { createPreloadClient } from './preload-client';
import { createWebSocketClient } from './ws-client';

let client: ApiClient | undefined;

/** The one client of this page: the preload's surface in Electron, otherwise the browser-mode bridge. */
export function getApiClient(): ApiClient {
  client ??= create();
  return client;
}

function create(): ApiClient {
  const surface: unknown = Reflect.get(window, PRELOAD_GLOBAL);
  if (isPreloadSurface(surface)) return createPreloadClient(surface);
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
  });
}
