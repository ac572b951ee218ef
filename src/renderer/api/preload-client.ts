import type { PreloadSurface } from '../../shared/preload-surface';
import type { ApiClient } from './api-client';
import { apiFromTransport } from './api-from-transport';
import { createEventHub } from './event-hub';

/** The Electron client: the preload's `window.sessionPrep`, with every reply and event parsed on arrival. */
export function createPreloadClient(surface: PreloadSurface): ApiClient {
  const hub = createEventHub();
  return {
    api: apiFromTransport((method, params) => surface[method](params)),
    mode: 'electron',
    on(name, handler) {
      const unsubscribeHub = hub.on(name, handler);
      const unsubscribeSurface = surface.on(name, (payload) => hub.deliver(name, payload));
      return () => {
        unsubscribeSurface();
        unsubscribeHub();
      };
    },
  };
}
