import { stat, readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export type StaticFile = { found: true; body: Buffer; contentType: string } | { found: false };

/**
 * The file under `root` that a URL path names, or nothing: no directory listing, no dot-segments,
 * no encoded separators, no file outside root, and only types we know how to label.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile> {
  const relative = safeRelativePath(urlPath);
  if (relative === undefined) return { found: false };
  const absoluteRoot = resolve(root);
  const file = resolve(absoluteRoot, relative);
  if (!file.startsWith(absoluteRoot + sep)) return { found: false };
  const contentType = MIME_TYPES[extname(file).toLowerCase()];
  if (contentType === undefined) return { found: false };
  try {
    const info = await stat(file);
    if (!info.isFile()) return { found: false };
    // The built wizard rarely changes while it is served: keep each file in memory until its mtime moves.
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.body.length === info.size)
      return { found: true, body: cached.body, contentType };
    const body = await readFile(file);
    cache.set(file, { mtimeMs: info.mtimeMs, body });
    return { found: true, body, contentType };
  } catch {
    return { found: false };
  }
}

const cache = new Map<string, { mtimeMs: number; body: Buffer }>();

/** `/assets/a.js` → `assets/a.js`; `/` → `index.html`; anything suspicious → undefined. */
export function safeRelativePath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\'))
    return undefined;
  if (decoded === '/') return 'index.html';
  const segments = decoded.slice(1).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.startsWith('.')))
    return undefined;
  return segments.join('/');
}
