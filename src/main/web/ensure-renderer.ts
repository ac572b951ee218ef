import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { translator } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';
import { ok, refused, type Reply } from '../../shared/reply';

/** Where the built wizard lives, and what it is built from. */
export function rendererPaths(root: string) {
  return {
    outDir: join(root, 'dist', 'renderer'),
    viteConfig: join(root, 'vite.config.ts'),
    sources: [
      join(root, 'src', 'renderer'),
      join(root, 'src', 'shared'),
      // The wizard renders the results components, and index.html carries the hash of the report's CSS.
      join(root, 'src', 'report-view'),
      join(root, 'vite.config.ts'),
    ],
  };
}

/**
 * Builds the wizard with Vite when dist/renderer is missing or older than its sources. An installed copy
 * has no sources (and no Vite): it serves what it shipped with.
 */
export async function ensureRenderer(
  root: string,
  lang: Lang = 'en',
): Promise<Reply<{ outDir: string; built: boolean }>> {
  const t = translator(lang);
  const paths = rendererPaths(root);
  const index = join(paths.outDir, 'index.html');
  const hasSources = existsSync(paths.viteConfig);
  if (!hasSources) {
    return existsSync(index)
      ? ok({ outDir: paths.outDir, built: false })
      : refused('not_found', t('api:web.notBuilt', { folder: paths.outDir }));
  }
  if (existsSync(index) && (await newestMtimeMs(paths.sources)) <= (await stat(index)).mtimeMs) {
    return ok({ outDir: paths.outDir, built: false });
  }
  const vite = await import('vite');
  try {
    // The config's root is relative; anchoring it here lets `session-prep web` start from any folder.
    await vite.build({
      configFile: paths.viteConfig,
      root: join(root, 'src', 'renderer'),
      logLevel: 'warn',
    });
  } catch (error) {
    const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return refused('failed', t('api:web.buildFailed', { why }));
  }
  return existsSync(index)
    ? ok({ outDir: paths.outDir, built: true })
    : refused('failed', t('api:web.builtNothing', { file: index }));
}

/** The newest modification time of any file under these paths (files or folders). */
export async function newestMtimeMs(paths: readonly string[]): Promise<number> {
  let newest = 0;
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      continue;
    }
    if (info.isFile()) newest = Math.max(newest, info.mtimeMs);
    else if (info.isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true, recursive: true });
      for (const e of entries) {
        if (e.isFile()) newest = Math.max(newest, (await stat(join(e.parentPath, e.name))).mtimeMs);
      }
    }
  }
  return newest;
}
