import { Duplex } from 'node:stream';
import type { Socket } from 'node:net';

/**
 * A socket seen through a counter, for TLS to run over. TLS hands data up a whole record (16 KB) at a
 * time, which on a 128 kbit/s line is one event a second; counting below TLS sees every TCP segment,
 * so a slow line gives a figure in its first second instead of its fifth.
 */
export class CountingStream extends Duplex {
  constructor(
    private readonly inner: Socket,
    onBytes: (n: number) => void,
  ) {
    super();
    inner.on('data', (d: Buffer) => {
      onBytes(d.length);
      if (!this.push(d)) inner.pause();
    });
    inner.on('end', () => this.push(null));
    inner.on('error', (e) => this.destroy(e));
    inner.on('close', () => this.destroy());
  }

  override _read(): void {
    this.inner.resume();
  }

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    this.inner.write(chunk, callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.inner.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.inner.destroy();
    callback(error);
  }
}
