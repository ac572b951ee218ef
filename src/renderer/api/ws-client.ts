import { bridgeServerMessageSchema } from '../../shared/bridge-messages';
import { refused } from '../../shared/reply';
import type { ApiClient } from './api-client';
import { apiFromTransport } from './api-from-transport';
import { createEventHub } from './event-hub';

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

const LOST =
  'The connection to Session Prep was lost. Check that its window is still open, then reload the page.';

/**
 * The browser-mode client: calls go out as {id, method, params}, replies come back as {id, reply}, events
 * as {event, payload}. A lost socket refuses what was pending; the next call opens a new one.
 */
export function createWebSocketClient(open: OpenBridgeSocket): ApiClient {
  const hub = createEventHub();
  const pending = new Map<number, (reply: unknown) => void>();
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
          resolve(refused('failed', LOST));
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
    if ('event' in message) return hub.deliver(message.event, message.payload);
    if (message.id === null) {
      console.warn('[session-prep] the host could not read a message:', message.reply);
      return;
    }
    pending.get(message.id)?.(message.reply);
    pending.delete(message.id);
  };

  const api = apiFromTransport(async (method, params) => {
    const { socket, ready } = connection ?? connect();
    if (!(await ready)) return refused('failed', LOST);
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  });
  // Connect at once, so events of a run started elsewhere are not missed and the first call is fast.
  connect();
  return { api, mode: 'web', on: hub.on };
}
