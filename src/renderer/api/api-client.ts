import type { PageMethodName } from '../../shared/api';
import type { ApiClient } from '../../shared/api-client';

/** What the wizard talks to, the same in Electron (preload) and in browser mode (WebSocket bridge). */
export type PageClient = ApiClient<PageMethodName>;
