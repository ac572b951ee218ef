import type { PageMethodName } from '../../shared/api';
import { createApiClient, type Transport } from '../../shared/api-client';
import type { EventName } from '../../shared/events';
import type { Lang } from '../../shared/lang';
import type { PageClient } from '../api/api-client';

/**
 * For store tests: a transport whose answers each test supplies, standing in for the preload or the
 * WebSocket bridge, which cannot exist in a Node test. Stores talk to it through the real client, so
 * replies and events are parsed exactly as in the wizard; payloads go in untyped, as a broken peer's.
 */
export class FakeTransport implements Transport<PageMethodName> {
  readonly calls: { method: PageMethodName; params: unknown }[] = [];
  private readonly listeners = new Set<(name: unknown, payload: unknown) => void>();
  private answers: Partial<Record<PageMethodName, (params: unknown) => Promise<unknown>>> = {};
  /** The language of the client's own refusals. */
  lang: Lang = 'ja';

  /** The real client over this transport. */
  readonly client: PageClient = createApiClient(this, { lang: () => this.lang });

  answer(method: PageMethodName, fn: (params: unknown) => Promise<unknown>): void {
    this.answers[method] = fn;
  }

  emit(payload: unknown, name: EventName = 'checks.progressed'): void {
    for (const deliver of this.listeners) deliver(name, payload);
  }

  reset(): void {
    this.calls.length = 0;
    this.answers = {};
  }

  call(method: PageMethodName, params: unknown): Promise<unknown> {
    this.calls.push({ method, params });
    const answer = this.answers[method];
    return answer ? answer(params) : Promise.reject(new Error(`no answer set for ${method}`));
  }

  listen(deliver: (name: unknown, payload: unknown) => void): () => void {
    this.listeners.add(deliver);
    return () => void this.listeners.delete(deliver);
  }
}

/** A promise with its resolve exposed, to hold a reply until the test has looked at the live state. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
