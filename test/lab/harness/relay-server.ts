// The delaying relay: this kernel has no netem, so latency comes from holding every chunk for `delayMs` in
// each direction (a round trip costs 2 × delayMs). It runs in the office namespace, in front of the vendor
// hosts; the lab's DNS points the PC at these fronts. Connection setup itself is not delayed (the relay
// accepts at once), so the first round trip a client sees is the first one that carries data.
import { readFileSync } from 'node:fs';
import net, { type Socket } from 'node:net';
import { z } from 'zod';

const configSchema = z.object({
  delayMs: z.number().nonnegative(),
  fronts: z.array(z.object({ listenIp: z.string(), targetIp: z.string(), port: z.number().int() })),
});
const config = configSchema.parse(JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')));

/** Forwards from one socket to the other, each chunk `delayMs` after it arrived, order kept. */
function delayedPipe(from: Socket, to: Socket, delayMs: number): void {
  let pending = 0;
  let ended = false;
  from.on('data', (chunk: Buffer) => {
    pending++;
    setTimeout(() => {
      pending--;
      if (!to.destroyed) to.write(chunk);
      if (ended && pending === 0) to.end();
    }, delayMs);
  });
  from.on('end', () => {
    ended = true;
    if (pending === 0) setTimeout(() => to.end(), delayMs);
  });
}

function onClient(client: Socket, targetIp: string, port: number): void {
  client.pause();
  const upstream = net.connect({ host: targetIp, port });
  // A reset or refusal upstream shows as a reset to the client, as it would without the relay.
  upstream.on('error', () => client.resetAndDestroy());
  client.on('error', () => upstream.destroy());
  upstream.on('connect', () => {
    delayedPipe(client, upstream, config.delayMs);
    delayedPipe(upstream, client, config.delayMs);
    client.resume();
  });
}

await Promise.all(
  config.fronts.map(
    (f) =>
      new Promise<void>((resolve, reject) => {
        const server = net.createServer((c) => onClient(c, f.targetIp, f.port));
        server.once('error', reject);
        server.listen(f.port, f.listenIp, () => resolve());
      }),
  ),
);
process.stdout.write('relay ready\n');
