import type { PageMethodName } from '../../shared/api';
import { createApiClient, type ApiClientOptions, type Transport } from '../../shared/api-client';
import { eventNames } from '../../shared/events';
import type { PreloadSurface } from '../../shared/preload-surface';
import type { PageClient } from './api-client';

/** The preload's `window.sessionPrep` as a transport: its calls, and every event it forwards. */
export function preloadTransport(surface: PreloadSurface): Transport<PageMethodName> {
  return {
    call: (method, params) => surface[method](params),
    listen(deliver) {
      const stops = eventNames.map((name) => surface.on(name, (payload) => deliver(name, payload)));
      return () => stops.forEach((stop) => stop());
    },
  };
}

/** The Electron client: the shared typed client over the preload. */
export function createPreloadClient(
  surface: PreloadSurface,
  options: ApiClientOptions,
): PageClient {
  return createApiClient(preloadTransport(surface), options);
}
