import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import {
  BRIDGE_PATH,
  BRIDGE_PROTOCOL,
  SESSION_PATH,
  sessionTradeSchema,
} from '../../shared/bridge-messages';
import type { Lang } from '../../shared/lang';
import type { Dispatch } from '../core/dispatch';
import { serveBridge } from './bridge';
import { MAX_BRIDGE_SOCKETS, PageSession, secretOfProtocols } from './page-session';
import { peerUid } from './peer-user';
import { guardRequest, type GuardConfig } from './request-guard';
import { refusalText } from './refusal-text';
import { securityHeaders } from './security-headers';
import { readStaticFile } from './static-files';
import { withMetaConnectSources } from './chromium-connect-sources';

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** The language of the bridge's refusals (the front door's `--lang`); English when absent. HTTP refusals are in both. */
  lang?: Lang;
  /** The user id a connection must come from (Linux); by default this process's. */
  ownUid?: number;
  /** Added (issue 17): the catalog's hosts the page may probe (`chromiumConnectSources`), for its CSP. */
  connectSources?: readonly string[];
  /** Called once the launch code has been traded (the launcher file is removed then). */
  onLaunchUsed?: () => void;
}

export interface RunningWebServer {
  /** The address to open: its fragment carries the one-time launch code. */
  url: string;
  port: number;
  /** The one-time launch code (in `url`'s fragment). */
  launchCode: string;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 1024 * 1024;
const MAX_BODY_BYTES = 1024;
// Many more than a page needs (its files load over a few keep-alive sockets), far fewer than a flood.
const MAX_HTTP_CONNECTIONS = 64;

/** Serves the wizard and the WebSocket bridge on 127.0.0.1 only, to the one page that traded the launch code. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const lang = options.lang ?? 'en';
  const session = new PageSession();
  const ownUid = options.ownUid ?? process.getuid?.();
  const sockets = new Set<Socket>();
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    handleProtocols: () => BRIDGE_PROTOCOL,
  });
  const config: GuardConfig = { port: 0 };
  // Another user on this PC may reach 127.0.0.1 too: on Linux, a credential is taken only from ours.
  const isOtherUser = async (req: IncomingMessage) => {
    if (ownUid === undefined) return false;
    const uid = await peerUid(
      { address: req.socket.remoteAddress, port: req.socket.remotePort },
      config.port,
    );
    return uid !== undefined && uid !== ownUid;
  };
  const server = createServer((req, res) => {
    handleRequest(req, res, { config, session, isOtherUser, options }).catch((error: unknown) => {
      // The one catch at this edge: a bug. An unhandled rejection would end browser mode for everyone.
      console.error('[session-prep] request failed:', error);
      if (!res.headersSent)
        res.writeHead(500, securityHeaders(config.port)).end(`${refusalText('internal')}\n`);
      else res.destroy();
    });
  });
  server.maxConnections = MAX_HTTP_CONNECTIONS;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    // After 'upgrade' the socket is ours: a client that resets it must not raise an unheard 'error'.
    socket.on('error', () => socket.destroy());
    const refuse = (status: number, reason: string) =>
      socket.end(
        `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : status === 404 ? 'Not Found' : 'Service Unavailable'}\r\nconnection: close\r\ncontent-type: text/plain; charset=utf-8\r\n\r\n${reason}\n`,
      );
    void (async () => {
      const verdict = guardRequest(req.headers, config, { requireOrigin: true });
      if (!verdict.ok) return refuse(403, refusalText(verdict.reason));
      if (requestUrl(req).pathname !== BRIDGE_PATH) return refuse(404, refusalText('noWebSocket'));
      if (!session.isPageSecret(secretOfProtocols(req.headers['sec-websocket-protocol'])))
        return refuse(403, refusalText('needSession'));
      if (await isOtherUser(req)) return refuse(403, refusalText('otherUser'));
      if (wss.clients.size >= MAX_BRIDGE_SOCKETS) return refuse(503, refusalText('tooMany'));
      wss.handleUpgrade(req, socket, head, (ws) => serveBridge(ws, options.dispatch, lang));
    })().catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('browser mode has no port');
  config.port = address.port;
  return {
    url: `http://127.0.0.1:${address.port}/#launch=${session.launchCode}`,
    port: address.port,
    launchCode: session.launchCode,
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

interface RequestContext {
  config: GuardConfig;
  session: PageSession;
  isOtherUser: (req: IncomingMessage) => Promise<boolean>;
  options: WebServerOptions;
}

async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  { config, session, isOtherUser, options }: RequestContext,
): Promise<void> {
  const headers = securityHeaders(config.port, options.connectSources);
  const answer = (status: number, body: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', ...extra });
    res.end(req.method === 'HEAD' ? undefined : `${body}\n`);
  };
  let url: URL;
  try {
    url = requestUrl(req);
  } catch {
    return answer(400, refusalText('badAddress'));
  }
  if (url.pathname === SESSION_PATH) {
    if (req.method !== 'POST') return answer(405, refusalText('onlyPost'), { allow: 'POST' });
    const verdict = guardRequest(req.headers, config, { requireOrigin: true });
    if (!verdict.ok) return answer(verdict.status, refusalText(verdict.reason));
    if (await isOtherUser(req)) return answer(403, refusalText('otherUser'));
    const body = await readBody(req);
    let launch: string | undefined;
    try {
      const parsed = sessionTradeSchema.safeParse(JSON.parse(body ?? ''));
      launch = parsed.success ? parsed.data.launch : undefined;
    } catch {
      launch = undefined;
    }
    if (launch === undefined) return answer(400, refusalText('badAddress'));
    const traded = session.trade(launch);
    if (!traded.ok) return answer(403, refusalText(traded.reason));
    options.onLaunchUsed?.();
    res.writeHead(200, { ...headers, 'content-type': 'application/json' });
    res.end(JSON.stringify({ secret: traded.secret }));
    return;
  }
  const verdict = guardRequest(req.headers, config, { requireOrigin: false });
  if (!verdict.ok) return answer(verdict.status, refusalText(verdict.reason));
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return answer(405, refusalText('onlyGet'), { allow: 'GET, HEAD' });
  // The wizard's files are the same for everyone and hold nothing secret: the credential is the page
  // secret on the WebSocket, which only the page that traded the launch code has.
  const file = await readStaticFile(options.rendererDir, url.pathname);
  if (!file.found) return answer(404, refusalText('notFound'));
  // The page's meta CSP is enforced beside the header's: it must allow the same probe hosts.
  const body =
    options.connectSources?.length && file.contentType.startsWith('text/html')
      ? Buffer.from(withMetaConnectSources(file.body.toString('utf8'), options.connectSources))
      : file.body;
  res.writeHead(200, {
    ...headers,
    'content-type': file.contentType,
    'content-length': String(body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A small JSON body, or undefined when it is larger than the trade of a launch code ever is. */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}
