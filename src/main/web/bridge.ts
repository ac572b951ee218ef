import type { WebSocket } from 'ws';
import {
  bridgeCallSchema,
  type BridgeReply,
  type BridgeServerMessage,
} from '../../shared/bridge-messages';
import { translator } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';
import { issuesOf, refused } from '../../shared/reply';
import type { CallContext } from '../core/context';
import type { Dispatch } from '../core/dispatch';

/** Answers one raw message from the page: a reply to a valid call, or a refusal saying what was wrong. */
export async function answerBridgeMessage(
  raw: string,
  dispatch: Dispatch,
  call: CallContext,
  lang: Lang = 'en',
): Promise<BridgeReply> {
  const t = translator(lang);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {
      id: null,
      reply: refused('bad_params', t('api:bridge.notJson')),
    };
  }
  const parsed = bridgeCallSchema.safeParse(json);
  if (!parsed.success) {
    const id = idOf(json);
    return {
      id,
      reply: refused('bad_params', t('api:bridge.notCall'), issuesOf(parsed.error)),
    };
  }
  const { id, method, params } = parsed.data;
  return { id, reply: await dispatch(method, params, call) };
}

function idOf(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || !('id' in json)) return null;
  const id = (json as { id: unknown }).id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}

/** Wires one accepted socket to dispatch; events of its calls go back on the same socket. */
export function serveBridge(socket: WebSocket, dispatch: Dispatch, lang: Lang = 'en'): void {
  const t = translator(lang);
  const send = (message: BridgeServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const call: CallContext = { emit: (event, payload) => send({ event, payload }) };
  // An oversized or malformed frame makes ws emit 'error' and close; unheard, it would end the process.
  socket.on('error', () => socket.terminate());
  socket.on('message', (data, isBinary) => {
    if (isBinary) {
      send({
        id: null,
        reply: refused('bad_params', t('api:bridge.binary')),
      });
      return;
    }
    void answerBridgeMessage(data.toString(), dispatch, call, lang).then(send, (error: unknown) => {
      // dispatch catches handler bugs itself; reaching here is a bug in the bridge.
      console.error('[session-prep] bridge failed:', error);
      send({
        id: null,
        reply: refused('internal', t('api:bridge.internal')),
      });
    });
  });
}
