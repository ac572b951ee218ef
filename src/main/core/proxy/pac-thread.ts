import { Worker } from 'node:worker_threads';
import type { PacLoadFailure } from '../../../shared/details';
import { fetchPacText } from './pac-fetch';
import { pacReplySchema, type PacQuestion, type PacWorkerData } from './pac-worker-messages';
import { pacWorkerFile } from './pac-worker-start';

/** A PAC script ready to answer FindProxyForURL, or why it is not. */
export type PacLoad =
  | { ok: true; findProxy(url: string, host: string): Promise<string>; bytes: number }
  | { ok: false; stage: 'fetch' | 'run'; reason: string; detail: PacLoadFailure };

/** Longest a PAC may run without yielding; a busy loop ends as `pac_failed`. It runs on its own thread. */
export const pacSliceLimitMs = 500;

/** The script's heap in QuickJS: a script that allocates past it fails with "out of memory". */
export const pacMemoryLimitBytes = 64 * 1024 * 1024;

/** How long an unused PAC thread lives; the next question starts a new one. */
const idleMs = 30_000;

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
    private readonly file: URL,
    private readonly text: string,
    private readonly timeoutMs: number,
  ) {}

  /** Undefined when the script compiled, else why not. */
  start(): Promise<string | undefined> {
    if (this.ready) return this.ready;
    const worker = new Worker(this.file, {
      workerData: {
        text: this.text,
        sliceLimitMs: pacSliceLimitMs,
        memoryLimitBytes: pacMemoryLimitBytes,
      } satisfies PacWorkerData,
    });
    worker.unref();
    this.worker = worker;
    this.ready = new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.stop(new Error(`no answer within ${this.timeoutMs} ms`));
        resolve(`the script did not load within ${this.timeoutMs} ms`);
      }, this.timeoutMs);
      const fail = (e: Error) => {
        clearTimeout(timer);
        resolve(e.message);
        this.stop(e);
      };
      worker.on('message', (m: unknown) => {
        const reply = pacReplySchema.safeParse(m);
        if (!reply.success)
          return fail(new Error(`the PAC thread answered out of turn: ${reply.error.message}`));
        const r = reply.data;
        if (r.type === 'ready' || r.type === 'loadFailed') {
          clearTimeout(timer);
          resolve(r.type === 'ready' ? undefined : r.error);
          return;
        }
        const p = this.pending.get(r.id);
        if (!p) return;
        this.pending.delete(r.id);
        if (r.type === 'failed') p.reject(new Error(r.error));
        else p.resolve(r.answer);
      });
      worker.on('error', fail);
      // A thread that ends by itself (not stopped here) answers nothing more: say so now, not at the timeout.
      worker.on('exit', (code) => {
        if (this.worker === worker) fail(new Error(`the PAC thread ended (exit code ${code})`));
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
      worker.postMessage({ id, url, host } satisfies PacQuestion);
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
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    void worker?.terminate();
  }
}

// One thread per script text: the next check run within the idle time reuses it instead of starting over.
const threads = new Map<string, PacThread>();

/** Compiles a PAC script in a QuickJS sandbox (pac-resolver) on a thread of its own. */
export async function compilePac(text: string, timeoutMs: number): Promise<PacLoad> {
  let file: URL;
  try {
    file = await pacWorkerFile();
  } catch (e) {
    return { ok: false, stage: 'run', reason: `no PAC engine: ${String(e)}`, detail: {} };
  }
  const key = `${timeoutMs}\n${text}`;
  const thread = threads.get(key) ?? new PacThread(file, text, timeoutMs);
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
