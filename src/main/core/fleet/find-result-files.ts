import { opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { SkipReason } from './read-result-file';

/** A file to read, or a path that is skipped before reading, with why. */
export type FoundPath = { path: string } | { path: string; skip: SkipReason };

// Deeper than any share of collected results; deeper is a loop made some other way, or a trap.
const MAX_DEPTH = 32;

const isJsonName = (name: string) => extname(name).toLowerCase() === '.json';

function errnoOf(error: unknown): string {
  const code: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' ? code : 'EIO';
}

/**
 * The files the command line names, one at a time (a folder is listed as it is walked, never all at once):
 * a file named is always read; inside a folder, its `*.json` files, folders included, other files ignored.
 * Links to files are followed; links to folders are not (a loop would never end), and are listed.
 */
export async function* findResultFiles(paths: readonly string[]): AsyncGenerator<FoundPath> {
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      const code = errnoOf(error);
      yield {
        path,
        skip: code === 'ENOENT' ? { kind: 'not_found' } : { kind: 'unreadable', code },
      };
      continue;
    }
    if (isDirectory) yield* walk(path, 0);
    else yield { path };
  }
}

async function* walk(dir: string, depth: number): AsyncGenerator<FoundPath> {
  if (depth > MAX_DEPTH) {
    yield { path: dir, skip: { kind: 'unreadable', code: 'ELOOP' } };
    return;
  }
  let entries: AsyncIterable<import('node:fs').Dirent>;
  try {
    entries = await opendir(dir);
  } catch (error) {
    yield { path: dir, skip: { kind: 'unreadable', code: errnoOf(error) } };
    return;
  }
  try {
    for await (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(path, depth + 1);
      else if (entry.isFile()) {
        if (isJsonName(entry.name)) yield { path };
      } else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => undefined);
        if (target?.isDirectory()) yield { path, skip: { kind: 'folder_link' } };
        else if (isJsonName(entry.name)) yield { path };
      }
    }
  } catch (error) {
    yield { path: dir, skip: { kind: 'unreadable', code: errnoOf(error) } };
  }
}
