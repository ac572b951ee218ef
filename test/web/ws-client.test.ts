import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { EventPayload } from '../../src/shared/events';
import { ok } from '../../src/shared/reply';
import type { PageClient } from '../../src/renderer/api/api-client';
import { createWebSocketClient } from '../../src/renderer/api/ws-client';
import { createDispatch, type Dispatch } from '../../src/main/core/dispatch';
import {
  bridgeProtocols,
  makeRendererDir,
  pageSecretOf,
  testCoreOptions,
} from '../../src/main/web/test-helpers';
import { startWebServer, type RunningWebServer } from '../../src/main/web/web-server';

let server: RunningWebServer | undefined;
let root: string | undefined;
afterEach(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** The renderer's browser-mode client against a real host, its socket opened as the page would (page secret + Origin). */
async function clientFor(wrap: (real: Dispatch) => Dispatch = (d) => d): Promise<PageClient> {
  const dirs = await makeRendererDir();
  root = dirs.root;
  const real = createDispatch(testCoreOptions(join(root, 'data')));
  server = await startWebServer({ dispatch: wrap(real), rendererDir: dirs.rendererDir });
  const { port } = server;
  const secret = await pageSecretOf(server);
  return createWebSocketClient(({ onOpen, onMessage, onClose }) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/bridge`, bridgeProtocols(secret), {
      origin: `http://127.0.0.1:${port}`,
    });
    ws.on('open', onOpen);
    ws.on('message', (data) => onMessage(data.toString()));
    ws.on('close', onClose);
    ws.on('error', () => undefined);
    return { send: (text) => ws.send(text), close: () => ws.close() };
  }, clientOptions);
}

const clientOptions = { lang: () => 'en' as const };

const started: EventPayload<'checks.progressed'> = {
  type: 'check.started',
  runId: 'r1',
  id: 'dns:a.example',
  kind: 'dns',
  target: { host: 'a.example' },
};

describe('the browser-mode client', () => {
  it('calls a real method through the bridge and gets the parsed value', async () => {
    const client = await clientFor();
    const reply = await client.call('app.info', {});
    expect(reply).toEqual({
      ok: true,
      value: expect.objectContaining({
        mode: 'web',
        lang: 'en',
        catalog: expect.objectContaining({ id: 'zoho-assist' }),
      }),
    });
  });

  it('passes on the host’s refusal of bad params', async () => {
    const client = await clientFor();
    const reply = await client.call('link.validate', { text: 5, lang: 'en' } as never);
    expect(reply.ok).toBe(false);
    if (!reply.ok)
      expect(reply.problem).toMatchObject({ code: 'bad_params', issues: [{ path: ['text'] }] });
  });

  it('refuses a reply that does not match the result schema', async () => {
    const client = await clientFor(
      (real) => async (method, params, call) =>
        method === 'app.info' ? ok({ version: 1 }) : real(method, params, call),
    );
    const reply = await client.call('app.info', {});
    expect(reply).toMatchObject({ ok: false, problem: { code: 'bad_reply' } });
  });

  it('delivers events of a call to subscribers, and drops malformed ones', async () => {
    const client = await clientFor((real) => async (method, params, call) => {
      call.emit('checks.progressed', {
        ...started,
        kind: 'not-a-kind',
      } as unknown as typeof started);
      call.emit('checks.progressed', started);
      return real(method, params, call);
    });
    const seen: unknown[] = [];
    client.on('checks.progressed', (p) => seen.push(p));
    await client.call('app.info', {});
    expect(seen).toEqual([started]);
  });

  it('refuses calls with a clear sentence once the host is gone', async () => {
    const client = await clientFor();
    expect((await client.call('app.info', {})).ok).toBe(true);
    await server?.close();
    server = undefined;
    const reply = await client.call('app.info', {});
    expect(reply).toMatchObject({
      ok: false,
      problem: {
        code: 'failed',
        message: expect.stringContaining('connection to Session Prep was lost'),
      },
    });
  });
});
