import { pageMethodNames, type PageMethodName } from './api';
import { isEventName, type EventName } from './events';

/**
 * What the preload exposes as `window.sessionPrep`: one function per method the page may call, and `on`
 * for events. Nothing else crosses the context bridge. Values are unchecked here; the client parses them.
 */
export type PreloadSurface = {
  readonly [M in PageMethodName]: (params: unknown) => Promise<unknown>;
} & {
  readonly on: (event: EventName, handler: (payload: unknown) => void) => () => void;
};

/** The name under which the preload exposes the surface on `window`. */
export const PRELOAD_GLOBAL = 'sessionPrep';

/**
 * Builds the surface from the method table. `invoke` carries a call to the main process; `listen` is
 * called once with the function that hands each incoming event to the page's subscribers.
 */
export function buildPreloadSurface(
  invoke: (method: PageMethodName, params: unknown) => Promise<unknown>,
  listen: (deliver: (event: unknown, payload: unknown) => void) => void,
): PreloadSurface {
  const subscribers = new Map<EventName, Set<(payload: unknown) => void>>();
  listen((event, payload) => {
    if (!isEventName(event)) return;
    for (const handler of subscribers.get(event) ?? []) handler(payload);
  });
  const surface: Record<string, unknown> = {};
  for (const method of pageMethodNames) {
    // Only the method's name crosses: the page cannot make the preload invoke anything else.
    surface[method] = (params: unknown) => invoke(method, params);
  }
  surface.on = (event: EventName, handler: (payload: unknown) => void) => {
    if (!isEventName(event) || typeof handler !== 'function') return () => undefined;
    const set = subscribers.get(event) ?? new Set();
    set.add(handler);
    subscribers.set(event, set);
    return () => void set.delete(handler);
  };
  return Object.freeze(surface) as PreloadSurface;
}

/** Whether a value from `window` looks like the surface (every method and `on` are functions). */
export function isPreloadSurface(value: unknown): value is PreloadSurface {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.on === 'function' && pageMethodNames.every((m) => typeof record[m] === 'function')
  );
}
