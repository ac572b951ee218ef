/**
 * The PAC engine's thread: pac-resolver's FindProxyForURL in a QuickJS sandbox, one question at a time.
 * It runs off the main thread, so a script that loops (or waits forever on DNS) never stalls the app;
 * pac-thread.ts starts it, asks it, and ends it. Its file is an entry of its own in every bundle.
 */
import { networkInterfaces } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createPacResolver, sandbox } from 'pac-resolver';
import { QuickJS } from 'quickjs-wasi';
import {
  pacQuestionSchema,
  pacWorkerDataSchema,
  type PacReply,
  type PacWorkerData,
} from './pac-worker-messages';

type SandboxFunction = (...args: unknown[]) => unknown;

// pac-resolver's own myIpAddress opens a TCP connection to 8.8.8.8; the interfaces answer without traffic.
function localIpv4(): string {
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}

function messageOf(e: unknown): string {
  return e instanceof Error && e.message ? e.message : String(e);
}

async function serve(port: MessagePort, data: PacWorkerData): Promise<void> {
  const reply = (r: PacReply) => port.postMessage(r);
  // The limit counts time spent running the script, not time awaiting its DNS functions: those are
  // wrapped so the clock stops while they wait.
  let sliceStart = performance.now();
  let waiting = 0;
  const pausing =
    (fn: SandboxFunction) =>
    async (...args: unknown[]): Promise<unknown> => {
      const t = performance.now();
      waiting++;
      try {
        return await fn(...args);
      } finally {
        waiting--;
        sliceStart += performance.now() - t;
      }
    };
  const overrides: Record<string, SandboxFunction> = {
    alert: () => undefined,
    myIpAddress: localIpv4,
  };
  for (const [name, fn] of Object.entries(sandbox))
    if (!(name in overrides) && fn.constructor.name === 'AsyncFunction')
      overrides[name] = pausing(fn as SandboxFunction);
  const vm = await QuickJS.create({
    interruptHandler: () => waiting === 0 && performance.now() - sliceStart > data.sliceLimitMs,
    memoryLimit: data.memoryLimitBytes,
  });
  sliceStart = performance.now();
  const find = createPacResolver(vm, data.text, { sandbox: overrides });
  port.on('message', (m: unknown) => {
    const question = pacQuestionSchema.safeParse(m);
    // Only pac-thread.ts writes to this port: a malformed question is a bug, answered as one when it can be.
    if (!question.success) {
      const asked = pacQuestionSchema.pick({ id: true }).safeParse(m);
      if (asked.success)
        reply({
          type: 'failed',
          id: asked.data.id,
          error: `not a PAC question: ${question.error.message}`,
        });
      return;
    }
    const { id, url, host } = question.data;
    sliceStart = performance.now();
    find(url, host).then(
      (answer) => reply({ type: 'answer', id, answer: String(answer) }),
      (e: unknown) => reply({ type: 'failed', id, error: messageOf(e) }),
    );
  });
  reply({ type: 'ready' });
}

const port = parentPort;
if (!port) throw new Error('pac-worker runs as a worker thread: start it with pac-thread.ts');
const data = pacWorkerDataSchema.safeParse(workerData);
if (!data.success)
  port.postMessage({
    type: 'loadFailed',
    error: `the PAC thread was started without its script: ${data.error.message}`,
  } satisfies PacReply);
else
  serve(port, data.data).catch((e: unknown) =>
    port.postMessage({ type: 'loadFailed', error: messageOf(e) } satisfies PacReply),
  );
