import { methods, type MethodName, type ParamsOf, type ResultOf } from '../../shared/api';
import { eventSchemas, type EventName, type EventPayload } from '../../shared/events';
import { refused, type Reply } from '../../shared/reply';
import { getApiClient } from '../api/get-api-client';

type Caller<M extends MethodName> = (params: ParamsOf<M>) => Promise<Reply<unknown>>;

/**
 * Calls one API method and parses its answer again with the method table's result schema, so a store
 * only ever holds what the contract describes, whichever transport carried it.
 */
export async function callApi<M extends MethodName>(
  method: M,
  params: ParamsOf<M>,
): Promise<Reply<ResultOf<M>>> {
  let reply: Reply<unknown>;
  try {
    // The transport types each method separately; narrowing the union to this method's signature is safe.
    const call = getApiClient().api[method] as Caller<M>;
    reply = await call(params);
  } catch (error) {
    // A transport that throws (a closed socket, a missing preload) is a result for the user, not a crash.
    return refused('failed', error instanceof Error ? error.message : String(error));
  }
  if (!reply.ok) return reply;
  const parsed = methods[method].result.safeParse(reply.value);
  if (!parsed.success)
    return refused('bad_reply', `The answer to ${method} did not match the contract.`);
  return { ok: true, value: parsed.data as ResultOf<M> };
}

/** Subscribes to an event and parses each payload again before the handler sees it. */
export function onApiEvent<E extends EventName>(
  name: E,
  handler: (payload: EventPayload<E>) => void,
): () => void {
  return getApiClient().on(name, (payload) => {
    const parsed = eventSchemas[name].safeParse(payload);
    if (parsed.success) handler(parsed.data as EventPayload<E>);
  });
}
