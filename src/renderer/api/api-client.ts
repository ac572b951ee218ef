import type { Api } from '../../shared/api';
import type { EventName, EventPayload } from '../../shared/events';

/** What the wizard talks to, the same in Electron (preload) and in browser mode (WebSocket bridge). */
export interface ApiClient {
  api: Api;
  mode: 'electron' | 'web';
  /** Subscribes to an event; returns the unsubscribe function. Payloads are validated before handlers see them. */
  on<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): () => void;
}
