import { createApiClient, type ApiClient, type Transport } from '../../../shared/api-client';
import type { CallContext, CoreOptions } from '../context';
import { createDispatch, type Dispatch } from '../dispatch';

/** Dispatch in this process as a transport: the command line's way into core, like everyone's. */
export function inProcessTransport(dispatch: Dispatch): Transport {
  const listeners = new Set<(name: unknown, payload: unknown) => void>();
  const call: CallContext = {
    emit: (name, payload) => {
      for (const deliver of listeners) deliver(name, payload);
    },
  };
  return {
    call: (method, params) => dispatch(method, params, call),
    listen(deliver) {
      listeners.add(deliver);
      return () => void listeners.delete(deliver);
    },
  };
}

/** The typed client over a core of these options, in this process. */
export function createCoreClient(options: CoreOptions): ApiClient {
  return createApiClient(inProcessTransport(createDispatch(options)), {
    lang: () => options.lang,
    warn: (message) => console.warn(message),
  });
}
