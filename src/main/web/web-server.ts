import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { BRIDGE_PATH } from '../../shared/bridge-messages';
import { translator, type Translate } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';
import type { Dispatch } from '../core/dispatch';
import { serveBridge } from './bridge';
import { guardRequest, tokenCookieName, type GuardConfig } from './request-guard';
import { securityHeaders } from './security-headers';
import { readStaticFile } from './static-files';

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** For tests only; a fresh random token otherwise. */
  token?: string;
  /** The language of its refusals (the front door's `--lang`); English when absent. */
  lang?: Lang;
}

export interface RunningWebServer {
  /** The address to open, with its token. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 1024 * 1024;

/** Serves the wizard and the WebSocket bridge on 127.0.0.1 only, to the page that holds the token. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const lang = options.lang ?? 'en';
  const t = translator(lang);
  const sockets = new Set<Socket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const config: GuardConfig = { port: 0, token };
  const server = createServer((req, res) => {
    handleRequest(req, res, config, options.rendererDir, t).catch((error: unknown) => {
      // The one catch at this edge: a bug. An unhandled rejection would end browser mode for everyone.
      console.error('[session-prep] request failed:', error);
      if (!res.headersSent)
        res.writeHead(500, securityHeaders(config.port)).end(`${t('api:web.internal')}\n`);
      else res.destroy();
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    // After 'upgrade' the socket is ours: a client that resets it must not raise an unheard 'error'.
    socket.on('error', () => socket.destroy());
    const url = requestUrl(req);
    const verdict = guardRequest(req.headers, url, config, { requireOrigin: true });
    if (!verdict.ok || url.pathname !== BRIDGE_PATH) {
      const reason = t(verdict.ok ? 'api:web.noWebSocket' : `api:web.${verdict.reason}`);
      socket.end(
        `HTTP/1.1 ${verdict.ok ? 404 : 403} ${verdict.ok ? 'Not Found' : 'Forbidden'}\r\nconnection: close\r\ncontent-type: text/plain\r\n\r\n${reason}\n`,
      );
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveBridge(ws, options.dispatch, lang));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('browser mode has no port');
  config.port = address.port;
  return {
    url: `http://127.0.0.1:${address.port}/?token=${token}`,
    port: address.port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function requestUrl(req: IncomingMessage): URL {
  // The Host header is checked by the guard; the base here only lets URL parse the path and query.
  return new URL(req.url ?? '/', 'http://127.0.0.1');
}

async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  config: GuardConfig,
  rendererDir: string,
  t: Translate,
): Promise<void> {
  const headers = securityHeaders(config.port);
  const answer = (status: number, body: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', ...extra });
    res.end(req.method === 'HEAD' ? undefined : `${body}\n`);
  };
  let url: URL;
  try {
    url = requestUrl(req);
  } catch {
    return answer(400, t('api:web.badAddress'));
  }
  const verdict = guardRequest(req.headers, url, config, { requireOrigin: false });
  if (!verdict.ok) return answer(verdict.status, t(`api:web.${verdict.reason}`));
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return answer(405, t('api:web.onlyGet'), { allow: 'GET, HEAD' });
  if (verdict.viaQuery) {
    // Keep the token in an HttpOnly cookie and take it out of the address bar and history.
    const cookie = `${tokenCookieName(config.port)}=${config.token}; HttpOnly; SameSite=Strict; Path=/`;
    url.searchParams.delete('token');
    return answer(303, t('api:web.seeOther'), {
      location: `${url.pathname}${url.search}`,
      'set-cookie': cookie,
    });
  }
  const file = await readStaticFile(rendererDir, url.pathname);
  if (!file.found) return answer(404, t('api:web.notFound'));
  res.writeHead(200, {
    ...headers,
    'content-type': file.contentType,
    'content-length': String(file.body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
