// The delaying relay: this kernel has no netem, so latency comes from holding every chunk for `delayMs` in
// each direction (a round trip costs 2 × delayMs). It runs in the office namespace, in front of the vendor
// hosts; the lab's DNS points the PC at these fronts. Connection setup itself is not delayed (the relay
// accepts at once), so the first round trip a client sees is the first one that carries data.
// Added (issue 17): a front may also cut tunnels that stay silent, as proxies and firewalls do: `close`
// (FIN both ways), `reset` (RST both ways) or `blackhole` (stops forwarding, says nothing).
import { readFileSync } from 'node:fs';
import net, { type Socket } from 'node:net';
import { z } from 'zod';

const configSchema = z.object({
  delayMs: z.number().nonnegative(),
  fronts: z.array(
    z.object({
      listenIp: z.string(),
      targetIp: z.string(),
      port: z.number().int(),
      idleCut: z
        .object({
          afterMs: z.number().int().positive(),
          how: z.enum(['close', 'reset', 'blackhole']),
        })
        .optional(),
    }),
  ),
});
type IdleCut = NonNullable<z.infer<typeof configSchema>['fronts'][number]['idleCut']>;
const config = configSchema.parse(JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')));

/** Forwards from one socket to the other, each chunk `delayMs` after it arrived, order kept. */
function delayedPipe(from: Socket, to: Socket, delayMs: number, onChunk: () => boolean): void {
  let pending = 0;
  let ended = false;
  from.on('data', (chunk: Buffer) => {
    // A tunnel cut as idle forwards nothing more (a blackhole: the bytes are lost on the way).
    if (!onChunk()) return;
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

/** Arms the idle timer of one tunnel; every chunk either way re-arms it. False once it has cut. */
function idleWatch(client: Socket, upstream: Socket, cut: IdleCut | undefined): () => boolean {
  if (!cut) return () => true;
  let isCut = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      isCut = true;
      if (cut.how === 'close') {
        client.end();
        upstream.end();
      } else if (cut.how === 'reset') {
        client.resetAndDestroy();
        upstream.resetAndDestroy();
      }
    }, cut.afterMs);
  };
  client.on('close', () => clearTimeout(timer));
  arm();
  return () => {
    if (isCut) return false;
    arm();
    return true;
  };
}

function onClient(client: Socket, targetIp: string, port: number, cut?: IdleCut): void {
  client.pause();
  const upstream = net.connect({ host: targetIp, port });
  // A reset or refusal upstream shows as a reset to the client, as it would without the relay.
  upstream.on('error', () => client.resetAndDestroy());
  client.on('error', () => upstream.destroy());
  upstream.on('connect', () => {
    const onChunk = idleWatch(client, upstream, cut);
    delayedPipe(client, upstream, config.delayMs, onChunk);
    delayedPipe(upstream, client, config.delayMs, onChunk);
    client.resume();
  });
}

await Promise.all(
  config.fronts.map(
    (f) =>
      new Promise<void>((resolve, reject) => {
        const server = net.createServer((c) => onClient(c, f.targetIp, f.port, f.idleCut));
        server.once('error', reject);
        server.listen(f.port, f.listenIp, () => resolve());
      }),
  ),
);
process.stdout.write('relay ready\n');
