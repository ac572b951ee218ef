import { open } from 'node:fs/promises';
import type { z } from 'zod';
import { fleetRunViewSchema } from '../../../shared/fleet-schemas';
import { pcRunOf, type PcRun } from './pc-run';

/** A result or report is tens of kilobytes; anything this big is not one, and is never read into memory. */
export const MAX_RESULT_BYTES = 16 * 1024 * 1024;

/** Why a file is not counted (worded in the summary's language by fleet-words.ts). */
export type SkipReason =
  | { kind: 'not_found' }
  | { kind: 'unreadable'; code: string }
  | { kind: 'not_a_file' }
  | { kind: 'folder_link' }
  | { kind: 'too_large'; bytes: number }
  | { kind: 'empty' }
  | { kind: 'not_json'; why: string }
  | { kind: 'not_result'; where: string; why: string };

export type ReadOutcome = { ok: true; run: PcRun } | { ok: false; reason: SkipReason };

/**
 * The text of a file as PowerShell, Notepad or a shell may have written it: UTF-8 (with or without a BOM)
 * or UTF-16 with its BOM (`session-prep check --json > file` in Windows PowerShell 5.1 writes UTF-16LE).
 */
export function decodeResultText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return bytes.subarray(3).toString('utf8');
  return bytes.toString('utf8');
}

function errnoOf(error: unknown): string {
  const code: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' ? code : 'EIO';
}

/** The first problem zod found, as "checks[3].status: …", short enough for one line. */
function firstIssue(error: z.ZodError): { where: string; why: string } {
  const issue = error.issues[0];
  const where = (issue?.path ?? []).map((p) =>
    typeof p === 'number' ? `[${p}]` : `.${String(p)}`,
  );
  return {
    where: where.join('').replace(/^\./, '') || '(document)',
    why: (issue?.message ?? 'invalid').slice(0, 200),
  };
}

/** Reads one file and keeps its run, or says why it is not one. Never throws for what a file holds. */
export async function readResultFile(path: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    // One handle for the size check and the read: the file cannot grow between the two.
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { ok: false, reason: { kind: 'not_a_file' } };
      if (info.size > MAX_RESULT_BYTES)
        return { ok: false, reason: { kind: 'too_large', bytes: info.size } };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = errnoOf(error);
    return code === 'ENOENT'
      ? { ok: false, reason: { kind: 'not_found' } }
      : { ok: false, reason: { kind: 'unreadable', code } };
  }
  if (bytes.length > MAX_RESULT_BYTES)
    return { ok: false, reason: { kind: 'too_large', bytes: bytes.length } };
  const text = decodeResultText(bytes);
  if (text.trim() === '') return { ok: false, reason: { kind: 'empty' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // A deeply nested document can exhaust the stack: that is a bad file too, not a crash.
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: { kind: 'not_json', why: why.slice(0, 200) } };
  }
  const view = fleetRunViewSchema.safeParse(json);
  if (!view.success)
    return { ok: false, reason: { kind: 'not_result', ...firstIssue(view.error) } };
  return { ok: true, run: pcRunOf(view.data, path) };
}
