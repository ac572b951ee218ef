import type { PageMethodName } from '../../shared/api';
import { createApiClient, type ApiClientOptions, type Transport } from '../../shared/api-client';
import { bridgeServerMessageSchema } from '../../shared/bridge-messages';
import { translator } from '../../shared/i18n';
import { refused } from '../../shared/reply';
import type { PageClient } from './api-client';

/** A WebSocket seen through the few things the bridge needs, so the client runs in a page and in Node tests. */
export interface BridgeSocket {
  send(text: string): void;
  close(): void;
}
export type OpenBridgeSocket = (handlers: {
  onOpen(): void;
  onMessage(text: string): void;
  onClose(): void;
}) => BridgeSocket;

/**
 * The browser-mode transport: calls go out as {id, method, params}, replies come back as {id, reply},
 * events as {event, payload}. A lost socket refuses what was pending; the next call opens a new one.
 */
export function webSocketTransport(
  open: OpenBridgeSocket,
  options: ApiClientOptions,
  /** Why the host refused this page, when it said (its sentence replaces "the connection was lost"). */
  refusal: () => string | undefined = () => undefined,
): Transport<PageMethodName> {
  const listeners = new Set<(name: unknown, payload: unknown) => void>();
  const pending = new Map<number, (reply: unknown) => void>();
  const lost = () => refused('failed', refusal() ?? translator(options.lang())('api:client.lost'));
  let nextId = 1;
  let connection: { socket: BridgeSocket; ready: Promise<boolean> } | undefined;

  const connect = () => {
    let settle: (ok: boolean) => void = () => undefined;
    const ready = new Promise<boolean>((resolve) => (settle = resolve));
    const socket = open({
      onOpen: () => settle(true),
      onMessage: (text) => receive(text),
      onClose: () => {
        settle(false);
        if (connection?.socket === socket) connection = undefined;
        for (const [id, resolve] of pending) {
          pending.delete(id);
          resolve(lost());
        }
      },
    });
    connection = { socket, ready };
    return connection;
  };

  const receive = (text: string) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return;
    }
    const parsed = bridgeServerMessageSchema.safeParse(json);
    if (!parsed.success) return;
    const message = parsed.data;
    if ('event' in message) {
      for (const deliver of listeners) deliver(message.event, message.payload);
      return;
    }
    if (message.id === null) {
      options.warn?.(
        `[session-prep] the host could not read a message: ${JSON.stringify(message.reply)}`,
      );
      return;
    }
    pending.get(message.id)?.(message.reply);
    pending.delete(message.id);
  };

  // Connect at once, so events of a run started elsewhere are not missed and the first call is fast.
  connect();
  return {
    async call(method, params) {
      const { socket, ready } = connection ?? connect();
      if (!(await ready)) return lost();
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    listen(deliver) {
      listeners.add(deliver);
      return () => void listeners.delete(deliver);
    },
  };
}

/** The browser-mode client: the shared typed client over the bridge. */
export function createWebSocketClient(
  open: OpenBridgeSocket,
  options: ApiClientOptions,
  refusal?: () => string | undefined,
): PageClient {
  return createApiClient(webSocketTransport(open, options, refusal), options);
}
