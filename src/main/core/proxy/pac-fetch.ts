import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PacLoadFailure } from '../../../shared/details';
import { stepDeadline } from '../network/step-outcome';

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
  // A timer the fetch owns: a bare AbortSignal.timeout can be collected before it fires (step-outcome.ts).
  const deadline = stepDeadline(undefined, timeoutMs);
  try {
    const res = await fetch(parsed, { signal: deadline.signal, redirect: 'follow' });
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
  } finally {
    deadline.dispose();
  }
}
