// The vendor: every lab host's TLS, WebSocket and HTTP, in one process inside the vendor namespace.
// Which host a connection is for comes from the local address it arrived on (one address per host),
// so a host can misbehave before any TLS or HTTP byte is read.
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import net, { type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { vendorConfigSchema, type HostBehaviour, type VendorConfig } from './vendor-config';

const config: VendorConfig = vendorConfigSchema.parse(
  JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')),
);
const byIp = new Map(config.hosts.map((h) => [h.ip, h]));
const chunk = Buffer.alloc(64 * 1024, 0x5a);
const BIG_BYTES = 1024 * 1024 * 1024;

function hostOf(socket: { localAddress?: string | undefined }) {
  return byIp.get((socket.localAddress ?? '').replace(/^::ffff:/, ''));
}

function serveBig(req: IncomingMessage, res: ServerResponse): void {
  // As CDNs do: a range of the first byte is answered on its own (the bandwidth check asks the status so).
  if (req.headers.range === 'bytes=0-0') {
    res.writeHead(206, {
      'content-type': 'application/octet-stream',
      'content-range': `bytes 0-0/${BIG_BYTES}`,
      'content-length': '1',
    });
    return void res.end(chunk.subarray(0, 1));
  }
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(BIG_BYTES),
  });
  let sent = 0;
  const pump = () => {
    while (sent < BIG_BYTES) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => (sent = BIG_BYTES));
  pump();
}

function onHttp(req: IncomingMessage, res: ServerResponse, isTls: boolean): void {
  const host = hostOf(req.socket);
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (config.bigFilePaths.includes(path)) return serveBig(req, res);
  // A vendor that moved its WebSocket path: 404 for anything but its home page, upgrade or not.
  if (isTls && host?.behaviour.ws === 'not-found' && path !== '/') {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return;
  }
  const b: HostBehaviour['http'] = isTls ? 'ok' : (host?.behaviour.http ?? 'ok');
  switch (b) {
    case 'ok':
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`vendor ${host?.name ?? '?'}\n`);
      return;
    case 'redirect-in':
      res.writeHead(301, { location: `https://${host?.name ?? 'unknown'}/` }).end();
      return;
    case 'blocked':
      res
        .writeHead(403, { 'content-type': 'text/html' })
        .end('<h1>Access denied by corporate policy</h1>\n');
      return;
    case 'redirect-out':
      res.writeHead(302, { location: 'http://portal.captive.example/login' }).end();
      return;
    case 'error':
      res.writeHead(503, { 'content-type': 'text/plain' }).end('service unavailable\n');
      return;
  }
}

const wss = new WebSocketServer({ noServer: true });
wss.on('connection', (ws) => ws.on('message', (m) => ws.send(m)));

function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
  const b = hostOf(req.socket)?.behaviour.ws ?? 'accept';
  if (b === 'reject') {
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    return;
  }
  if (b === 'close') {
    socket.destroy();
    return;
  }
  if (b === 'not-found') {
    socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
}

const plain = http.createServer((req, res) => onHttp(req, res, false));
const tlsServers = {
  good: https.createServer(config.certs.good, (req, res) => onHttp(req, res, true)),
  untrusted: https.createServer(config.certs.untrusted, (req, res) => onHttp(req, res, true)),
  expired: https.createServer(config.certs.expired, (req, res) => onHttp(req, res, true)),
  'wrong-name': https.createServer(config.certs.wrongName, (req, res) => onHttp(req, res, true)),
};
const interceptorServers = new Map(
  Object.entries(config.certs.interceptors).map(([name, pem]) => [
    name,
    https.createServer(pem, (req, res) => onHttp(req, res, true)),
  ]),
);
for (const s of [...Object.values(tlsServers), ...interceptorServers.values()]) {
  s.on('upgrade', onUpgrade);
  // A client that gives up mid-handshake is normal here (timeouts, refused certificates).
  s.on('tlsClientError', () => undefined);
}

function onTlsPortConnection(socket: Socket): void {
  socket.on('error', () => undefined);
  const behaviour = hostOf(socket)?.behaviour;
  const b = behaviour?.tls ?? 'good';
  switch (b) {
    case 'intercepted': {
      // As if an inspecting device answered with the product's re-signed leaf.
      const server = interceptorServers.get(behaviour?.interceptor ?? '');
      if (!server) return void socket.destroy();
      server.emit('connection', socket);
      return;
    }
    case 'reset':
      socket.resetAndDestroy();
      return;
    case 'not-tls':
      socket.end('SSH-2.0-OpenSSH_9.2 not a TLS server\r\n');
      return;
    default:
      tlsServers[b].emit('connection', socket);
  }
}

const listening: Promise<void>[] = [];
const listen = (server: net.Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve());
  });
for (const port of config.tlsPorts)
  listening.push(listen(net.createServer(onTlsPortConnection), port));
for (const port of config.httpPorts) {
  listening.push(
    listen(
      net.createServer((s) => {
        s.on('error', () => undefined);
        plain.emit('connection', s);
      }),
      port,
    ),
  );
}
plain.on('upgrade', onUpgrade);
await Promise.all(listening);
process.stdout.write('vendor ready\n');
