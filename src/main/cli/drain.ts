/**
 * Resolves once everything written to the stream so far has reached the OS (a pipe, a file or a
 * terminal), or the stream is gone (the reader closed the pipe).
 *
 * Why: on a pipe Node writes what the kernel takes at once (64 KiB) and queues the rest; exiting before
 * that queue is written cut `check --json | jq` at exactly 65,536 bytes. A write's callback comes after
 * every earlier write on the same stream.
 */
export function drained(stream: NodeJS.WritableStream): Promise<void> {
  const w = stream as NodeJS.WritableStream & { destroyed?: boolean; writableLength?: number };
  if (w.destroyed || w.writable === false) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('error', done);
    stream.once('close', done);
    stream.write('', () => done());
  });
}
