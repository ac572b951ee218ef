import { eventSchemas, isEventName, type EventName, type EventPayload } from '../../shared/events';

export interface EventHub {
  on<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): () => void;
  /** Hands an incoming event to its subscribers if its name is known and its payload parses. */
  deliver(name: unknown, payload: unknown): void;
}

/** Subscribers by event name; what arrives is parsed with the event's schema before any handler sees it. */
export function createEventHub(): EventHub {
  const handlers = new Map<EventName, Set<(payload: unknown) => void>>();
  return {
    on(name, handler) {
      const set = handlers.get(name) ?? new Set();
      const wrapped = (payload: unknown) => handler(payload as EventPayload<typeof name>);
      set.add(wrapped);
      handlers.set(name, set);
      return () => void set.delete(wrapped);
    },
    deliver(name, payload) {
      if (!isEventName(name)) return;
      const parsed = eventSchemas[name].safeParse(payload);
      if (!parsed.success) {
        console.warn(`[session-prep] dropped a malformed ${name} event`);
        return;
      }
      for (const handler of handlers.get(name) ?? []) handler(parsed.data);
    },
  };
}
