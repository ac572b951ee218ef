import type { Api, MethodName } from '../../shared/api';
import type { EventName } from '../../shared/events';
import type { ApiClient } from '../api/api-client';

/**
 * For store tests only: an ApiClient whose methods each test supplies, standing in for the transport
 * (the preload or the WebSocket bridge), which cannot exist in a Node test. Payloads pass through
 * untyped on purpose, so tests can send what a broken peer would.
 */
export class TestTransport {
  readonly calls: { method: MethodName; params: unknown }[] = [];
  private readonly handlers = new Set<(payload: unknown) => void>();
  private impl: Partial<Record<MethodName, (params: unknown) => Promise<unknown>>> = {};

  answer(method: MethodName, fn: (params: unknown) => Promise<unknown>): void {
    this.impl[method] = fn;
  }

  emit(payload: unknown): void {
    for (const handler of this.handlers) handler(payload);
  }

  reset(): void {
    this.calls.length = 0;
    this.impl = {};
  }

  readonly client: ApiClient = {
    mode: 'web',
    api: new Proxy({} as Api, {
      get: (_target, method: string) => async (params: unknown) => {
        const name = method as MethodName;
        this.calls.push({ method: name, params });
        const fn = this.impl[name];
        if (!fn) throw new Error(`no answer set for ${method}`);
        return fn(params);
      },
    }),
    on: (_name: EventName, handler) => {
      const h = handler as (payload: unknown) => void;
      this.handlers.add(h);
      return () => this.handlers.delete(h);
    },
  };
}

/** A promise with its resolve exposed, to hold a reply until the test has looked at the live state. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
