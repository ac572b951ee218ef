import type { Duplex } from 'node:stream';

export interface ResponseHead {
  status: number;
  headers: Record<string, string>;
}

/**
 * Sends one GET over a ready stream and resolves with the answer's head; the body then flows as 'data'
 * on the stream (`rest` holds the body bytes that came with the head). A tiny HTTP/1.1 client: Node's
 * own cannot run over a TLS socket that sits on a counting stream (the parser wants a native handle),
 * and the measurement only needs the status and the bytes.
 */
export function sendGet(
  stream: Duplex,
  target: string,
  headers: Record<string, string>,
  o: { keepAlive?: boolean } = {},
): Promise<{ head: ResponseHead; rest: Buffer }> {
  return new Promise((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    const cleanup = () => {
      stream.off('data', onData);
      stream.off('error', onError);
      stream.off('end', onEnd);
    };
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) {
        if (buffered.length > 64 * 1024) onError(new Error('the answer has no end of headers'));
        return;
      }
      cleanup();
      stream.pause();
      const head = parseHead(buffered.subarray(0, end).toString('latin1'));
      if (!head) return reject(new Error('the answer is not HTTP'));
      resolve({ head, rest: buffered.subarray(end + 4) });
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const onEnd = () =>
      onError(
        Object.assign(new Error('the connection closed before an answer'), { code: 'ECONNRESET' }),
      );
    stream.on('data', onData);
    stream.on('error', onError);
    stream.on('end', onEnd);
    const lines = [
      `GET ${target} HTTP/1.1`,
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      `connection: ${o.keepAlive ? 'keep-alive' : 'close'}`,
      '',
      '',
    ];
    stream.write(lines.join('\r\n'));
  });
}

/** Sends one GET and leaves its answer to flow on the stream unread (the measurement only counts it). */
export function sendGetUnread(
  stream: Duplex,
  target: string,
  headers: Record<string, string>,
): void {
  const lines = [
    `GET ${target} HTTP/1.1`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    'connection: close',
    '',
    '',
  ];
  stream.write(lines.join('\r\n'));
}

function parseHead(text: string): ResponseHead | undefined {
  const [statusLine, ...lines] = text.split('\r\n');
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '');
  if (!m) return undefined;
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { status: Number(m[1]), headers };
}
