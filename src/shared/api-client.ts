import { z } from 'zod';
import { methodSchemas, type MethodName, type ParamsOf, type ResultOf } from './api';
import { isEventName, typedEventSchemas, type EventName, type EventPayload } from './events';
import { translator } from './i18n';
import type { Lang } from './lang';
import { problemSchema, refused, type Reply } from './reply';

/**
 * What carries calls to core and events back: the preload, the WebSocket bridge, or dispatch in the
 * same process. It hands over what arrived, unchecked; the client parses it.
 */
export interface Transport<M extends MethodName = MethodName> {
  /** One call; resolves with the raw reply. A rejection becomes a refusal, never a throw. */
  call(method: M, params: unknown): Promise<unknown>;
  /** Hands every event that arrives (name and payload, unchecked) to `deliver`; returns the stop. */
  listen(deliver: (name: unknown, payload: unknown) => void): () => void;
}

/** The one typed way into core: each method answers its own result type, parsed where it arrives. */
export interface ApiClient<M extends MethodName = MethodName> {
  call<N extends M>(method: N, params: ParamsOf<N>): Promise<Reply<ResultOf<N>>>;
  /** Subscribes to an event; returns the unsubscribe. Handlers see only payloads that parsed. */
  on<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): () => void;
}

export interface ApiClientOptions {
  /** The language of the client's own refusals (an unreachable host, a reply that does not parse). */
  lang: () => Lang;
  /** Where to say that something arrived that did not parse (the console, in a page). */
  warn?: (message: string) => void;
}

type Subscribers = { [E in EventName]: Set<(payload: EventPayload<E>) => void> };

/** Builds the typed client over a transport; the renderer and the command line both use it. */
export function createApiClient<M extends MethodName = MethodName>(
  transport: Transport<M>,
  options: ApiClientOptions,
): ApiClient<M> {
  const subscribers: Subscribers = { 'checks.progressed': new Set() };
  let stopListening: (() => void) | undefined;

  const deliver = <E extends EventName>(name: E, payload: unknown) => {
    const parsed = typedEventSchemas[name].safeParse(payload);
    if (!parsed.success) {
      options.warn?.(`[session-prep] dropped a malformed ${name} event`);
      return;
    }
    for (const handler of subscribers[name]) handler(parsed.data);
  };

  return {
    async call(method, params) {
      const t = translator(options.lang());
      let raw: unknown;
      try {
        raw = await transport.call(method, params);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return refused('failed', t('api:client.unreachable', { why }));
      }
      const badReply = () => refused('bad_reply', t('api:client.badReply', { method }));
      const envelope = envelopeSchema.safeParse(raw);
      if (!envelope.success) return badReply();
      if (!envelope.data.ok) return { ok: false, problem: envelope.data.problem };
      const value = methodSchemas[method].result.safeParse(envelope.data.value);
      return value.success ? { ok: true, value: value.data } : badReply();
    },
    on(name, handler) {
      // One listener on the transport for all subscribers, so each event is parsed once.
      stopListening ??= transport.listen((event, payload) => {
        if (isEventName(event)) deliver(event, payload);
      });
      subscribers[name].add(handler);
      return () => void subscribers[name].delete(handler);
    },
  };
}

/** A reply's outer shape; the value inside is parsed with the method's own result schema. */
const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), problem: problemSchema }),
]);
