/**
 * The PAC engine's thread, as plain JavaScript run with `new Worker(source, { eval: true })`: no build
 * step has to know about a second entry file, and a script that runs long (or forever) never stalls the
 * app's event loop. Modules are imported from the file URLs the parent resolved.
 */
export const pacWorkerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFile } = require('node:fs/promises');
const { networkInterfaces } = require('node:os');
const { performance } = require('node:perf_hooks');

// pac-resolver's own myIpAddress opens a TCP connection to 8.8.8.8; the interfaces answer without traffic.
function localIpv4() {
  for (const list of Object.values(networkInterfaces())) for (const a of list || []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}

async function main() {
  const [{ QuickJS }, { createPacResolver, sandbox }] = await Promise.all([import(workerData.quickjsUrl), import(workerData.pacResolverUrl)]);
  const wasm = await WebAssembly.compile(await readFile(workerData.wasmPath));
  // The limit counts time spent running the script, not time awaiting its DNS functions: those are
  // wrapped so the clock stops while they wait.
  let sliceStart = performance.now();
  let waiting = 0;
  const pausing = (fn) => async (...args) => {
    const t = performance.now();
    waiting++;
    try {
      return await fn(...args);
    } finally {
      waiting--;
      sliceStart += performance.now() - t;
    }
  };
  const overrides = { alert: () => undefined, myIpAddress: localIpv4 };
  for (const [name, fn] of Object.entries(sandbox)) if (!(name in overrides) && fn.constructor.name === 'AsyncFunction') overrides[name] = pausing(fn);
  const interruptHandler = () => waiting === 0 && performance.now() - sliceStart > workerData.sliceLimitMs;
  const vm = await QuickJS.create({ wasm, interruptHandler, memoryLimit: 64 * 1024 * 1024 });
  sliceStart = performance.now();
  const find = createPacResolver(vm, workerData.text, { sandbox: overrides });
  parentPort.on('message', (m) => {
    sliceStart = performance.now();
    find(m.url, m.host).then(
      (answer) => parentPort.postMessage({ id: m.id, answer: String(answer) }),
      (e) => parentPort.postMessage({ id: m.id, error: e && e.message ? e.message : String(e) }),
    );
  });
  parentPort.postMessage({ ready: true });
}

main().catch((e) => parentPort.postMessage({ ready: false, error: e && e.message ? e.message : String(e) }));
`;
