import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

/** A PAC script ready to answer FindProxyForURL, or why it is not. */
export type PacLoad =
  | { ok: true; findProxy(url: string, host: string): Promise<string>; bytes: number }
  | { ok: false; stage: 'fetch' | 'run'; reason: string; detail: Record<string, unknown> };

/** The PAC text from a file: or http(s): URL, fetched directly (a PAC is never fetched through a proxy). */
export async function fetchPacText(url: string, timeoutMs: number): Promise<{ ok: true; text: string } | { ok: false; reason: string; detail: Record<string, unknown> }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'not a URL', detail: {} };
  }
  if (parsed.protocol === 'file:') {
    try {
      return { ok: true, text: await readFile(fileURLToPath(parsed), 'utf8') };
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      return { ok: false, reason: err.code ?? String(e), detail: { code: err.code ?? null } };
    }
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, reason: `unsupported scheme ${parsed.protocol}`, detail: {} };
  try {
    const res = await fetch(parsed, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!res.ok) return { ok: false, reason: `HTTP ${res.status}`, detail: { status: res.status } };
    return { ok: true, text: await res.text() };
  } catch (e) {
    const cause = (e as { cause?: NodeJS.ErrnoException }).cause;
    const code = cause?.code ?? (e instanceof Error ? e.name : 'error');
    return { ok: false, reason: code === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String(code), detail: { code } };
  }
}

// The QuickJS engine (1.5 MB of WebAssembly) is compiled once, off the main thread, and only when a PAC exists.
// (The ES2023 lib has no WebAssembly value, only Node's types.)
const wasmApi = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WebAssembly.Module> } }).WebAssembly;
let engineModule: Promise<WebAssembly.Module> | undefined;
function quickJsModule(): Promise<WebAssembly.Module> {
  engineModule ??= (async () => {
    const packageJson = createRequire(import.meta.url).resolve('quickjs-wasi/package.json');
    return wasmApi.compile(await readFile(join(dirname(packageJson), 'quickjs.wasm')));
  })();
  return engineModule;
}

// Instead of pac-resolver's myIpAddress (a TCP connection to 8.8.8.8), read the interfaces: no traffic.
function localIpv4(): string {
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}

/** Longest a PAC may run without yielding; a busy loop ends as `pac_failed` instead of freezing the app. */
export const pacSliceLimitMs = 40;

/** Compiles a PAC script in a QuickJS sandbox (pac-resolver), with a per-slice time limit. */
export async function compilePac(text: string, timeoutMs: number): Promise<PacLoad> {
  const [{ QuickJS }, { createPacResolver }, wasm] = await Promise.all([import('quickjs-wasi'), import('pac-resolver'), quickJsModule()]);
  // The interrupt handler runs every few thousand instructions while JS runs; a gap means the script
  // was waiting (a DNS lookup), so a new slice starts there.
  let sliceStart = 0;
  let lastTick = 0;
  const interruptHandler = () => {
    const now = performance.now();
    if (now - lastTick > 10) sliceStart = now;
    lastTick = now;
    return now - sliceStart > pacSliceLimitMs;
  };
  const vm = await QuickJS.create({ wasm, interruptHandler, memoryLimit: 64 * 1024 * 1024 });
  try {
    const find = createPacResolver(vm, text, { sandbox: { alert: () => undefined, myIpAddress: localIpv4 } });
    return {
      ok: true,
      bytes: text.length,
      findProxy: (url, host) =>
        withTimeout(
          find(url, host).then((answer) => String(answer)),
          timeoutMs,
        ),
    };
  } catch (e) {
    return { ok: false, stage: 'run', reason: e instanceof Error ? e.message : String(e), detail: {} };
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** Fetches and compiles a PAC. */
export async function loadPac(url: string, timeoutMs: number): Promise<PacLoad> {
  const fetched = await fetchPacText(url, timeoutMs);
  if (!fetched.ok) return { ok: false, stage: 'fetch', reason: fetched.reason, detail: fetched.detail };
  return compilePac(fetched.text, timeoutMs);
}
