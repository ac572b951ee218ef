import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PacLoadFailure } from '../../../shared/details';
import { pacWorkerSource } from './pac-worker-source';

/** A PAC script ready to answer FindProxyForURL, or why it is not. */
export type PacLoad =
  | { ok: true; findProxy(url: string, host: string): Promise<string>; bytes: number }
  | { ok: false; stage: 'fetch' | 'run'; reason: string; detail: PacLoadFailure };

/** The PAC text from a file: or http(s): URL, fetched directly (a PAC is never fetched through a proxy). */
export async function fetchPacText(
  url: string,
  timeoutMs: number,
): Promise<{ ok: true; text: string } | { ok: false; reason: string; detail: PacLoadFailure }> {
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
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { ok: false, reason: `unsupported scheme ${parsed.protocol}`, detail: {} };
  try {
    const res = await fetch(parsed, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!res.ok) return { ok: false, reason: `HTTP ${res.status}`, detail: { status: res.status } };
    return { ok: true, text: await res.text() };
  } catch (e) {
    const cause = (e as { cause?: NodeJS.ErrnoException }).cause;
    const code = cause?.code ?? (e instanceof Error ? e.name : 'error');
    return {
      ok: false,
      reason: code === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String(code),
      detail: { code },
    };
  }
}

/** Longest a PAC may run without yielding; a busy loop ends as `pac_failed`. It runs on its own thread. */
export const pacSliceLimitMs = 500;

/** How long an unused PAC thread lives; the next question starts a new one. */
const idleMs = 30_000;

function engineFiles(): { pacResolverUrl: string; quickjsUrl: string; wasmPath: string } {
  const require = createRequire(import.meta.url);
  const quickjsPackage = require.resolve('quickjs-wasi/package.json');
  return {
    pacResolverUrl: pathToFileURL(require.resolve('pac-resolver')).href,
    quickjsUrl: pathToFileURL(require.resolve('quickjs-wasi')).href,
    wasmPath: join(dirname(quickjsPackage), 'quickjs.wasm'),
  };
}

type Reply = { id?: number; ready?: boolean; answer?: string; error?: string };

/** One PAC thread: started, asked, and ended on a timeout or when idle. */
class PacThread {
  private worker: Worker | undefined;
  private ready: Promise<string | undefined> | undefined;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(a: string): void; reject(e: Error): void }
  >();
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly text: string,
    private readonly timeoutMs: number,
  ) {}

  /** Undefined when the script compiled, else why not. */
  start(): Promise<string | undefined> {
    if (this.ready) return this.ready;
    const worker = new Worker(pacWorkerSource, {
      eval: true,
      workerData: { ...engineFiles(), text: this.text, sliceLimitMs: pacSliceLimitMs },
    });
    worker.unref();
    this.worker = worker;
    this.ready = new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.stop(new Error(`no answer within ${this.timeoutMs} ms`));
        resolve(`the script did not load within ${this.timeoutMs} ms`);
      }, this.timeoutMs);
      worker.on('message', (m: Reply) => {
        if (m.ready !== undefined) {
          clearTimeout(timer);
          resolve(m.ready ? undefined : (m.error ?? 'the script did not load'));
          return;
        }
        const p = m.id === undefined ? undefined : this.pending.get(m.id);
        if (!p || m.id === undefined) return;
        this.pending.delete(m.id);
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.answer ?? '');
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        resolve(e.message);
        this.stop(e);
      });
    });
    return this.ready;
  }

  async ask(url: string, host: string): Promise<string> {
    const failure = await this.start();
    if (failure !== undefined) throw new Error(failure);
    const worker = this.worker;
    if (!worker) throw new Error('the PAC thread ended');
    this.touch();
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        // A script stuck in a DNS lookup or a loop: end its thread, the next question starts a new one.
        this.stop(new Error(`no answer within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.pending.set(id, {
        resolve: (a) => {
          clearTimeout(timer);
          resolve(a);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      worker.postMessage({ id, url, host });
    });
  }

  private touch(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stop(new Error('idle')), idleMs);
    this.idleTimer.unref();
  }

  stop(reason: Error): void {
    clearTimeout(this.idleTimer);
    for (const [k, t] of threads) if (t === this) threads.delete(k);
    for (const p of this.pending.values()) p.reject(reason);
    this.pending.clear();
    void this.worker?.terminate();
    this.worker = undefined;
    this.ready = undefined;
  }
}

// One thread per script text: the next check run within the idle time reuses it instead of starting over.
const threads = new Map<string, PacThread>();

/** Compiles a PAC script in a QuickJS sandbox (pac-resolver) on a thread of its own. */
export async function compilePac(text: string, timeoutMs: number): Promise<PacLoad> {
  const key = `${timeoutMs}\n${text}`;
  const thread = threads.get(key) ?? new PacThread(text, timeoutMs);
  threads.set(key, thread);
  const failure = await thread.start();
  if (failure !== undefined) {
    thread.stop(new Error(failure));
    return { ok: false, stage: 'run', reason: failure, detail: {} };
  }
  return { ok: true, bytes: text.length, findProxy: (url, host) => thread.ask(url, host) };
}

/** Fetches and compiles a PAC. */
export async function loadPac(url: string, timeoutMs: number): Promise<PacLoad> {
  const fetched = await fetchPacText(url, timeoutMs);
  if (!fetched.ok)
    return { ok: false, stage: 'fetch', reason: fetched.reason, detail: fetched.detail };
  return compilePac(fetched.text, timeoutMs);
}
