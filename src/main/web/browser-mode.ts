import { translator } from '../../shared/i18n';
import { refused, ok, type Reply } from '../../shared/reply';
import type { CoreOptions } from '../core/context';
import { createDispatch } from '../core/dispatch';
import { ensureRenderer } from './ensure-renderer';
import { hasDisplay, openInBrowser } from './open-browser';
import { writeLaunchFile, type LaunchFile } from './launch-file';
import { packageRoot } from './package-root';
import { startWebServer, type RunningWebServer } from './web-server';
import { chromiumConnectSources } from './chromium-connect-sources';

export interface BrowserModeOptions {
  /** CoreOptions from the flags; browser mode adds `openExternal` itself. */
  core: Omit<CoreOptions, 'openExternal' | 'mode'>;
  port?: number;
  /** Try to open the default browser on the URL. */
  open: boolean;
  /** A built renderer to serve as is (tests, a custom build); otherwise dist/renderer, built when stale. */
  rendererDir?: string;
  platform?: NodeJS.Platform;
}

export interface RunningBrowserMode extends RunningWebServer {
  /** Whether a browser was asked to open the URL. */
  opened: boolean;
}

/** The JS entry of browser mode: builds the wizard if needed, serves it, and opens the browser when it can. */
export async function startBrowserMode(
  options: BrowserModeOptions,
): Promise<Reply<RunningBrowserMode>> {
  const platform = options.platform ?? process.platform;
  let rendererDir = options.rendererDir;
  if (rendererDir === undefined) {
    const built = await ensureRenderer(packageRoot(), options.core.lang);
    if (!built.ok) return built;
    rendererDir = built.value.outDir;
  }
  const core: CoreOptions = {
    ...options.core,
    mode: 'web',
    // Core validates a URL before it asks to open it; this only hands it to the OS.
    openExternal: async (url) => {
      if (!(await openInBrowser(url, platform)))
        throw new Error(`the default browser did not open ${url}`);
    },
  };
  let server: RunningWebServer;
  let launchFile: LaunchFile | undefined;
  try {
    server = await startWebServer({
      dispatch: createDispatch(core),
      rendererDir,
      port: options.port,
      lang: core.lang,
      // Issue 17: the page's own browser probes the catalog's hosts, so its CSP allows exactly those.
      connectSources: chromiumConnectSources(core.catalog).sources,
      // The launcher page has done its work once the code is traded: it goes at once.
      onLaunchUsed: () => void launchFile?.remove(),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const t = translator(core.lang);
    const port = String(options.port);
    if (code === 'EADDRINUSE') return refused('refused', t('api:web.portInUse', { port }));
    if (code === 'EACCES') return refused('refused', t('api:web.portForbidden', { port }));
    throw error;
  }
  const canOpen = options.open && hasDisplay(platform, options.core.env);
  let opened = false;
  if (canOpen) {
    if (platform === 'win32' || platform === 'darwin') {
      // Not as an argument (readable by other users in the process list): inside a file only we can read.
      launchFile = await writeLaunchFile(server.url);
      opened = await openInBrowser(launchFile.path, platform);
    } else {
      // xdg-open gets the address itself (a snap or flatpak browser cannot read a private file), and
      // another user who reads it there cannot trade it: on Linux the trade takes our own user only.
      opened = await openInBrowser(server.url, platform);
    }
  }
  return ok({
    ...server,
    opened,
    close: async () => {
      await launchFile?.remove();
      await server.close();
    },
  });
}
