// The Electron shell: builds CoreOptions, opens one hardened window, wires IPC to dispatch. Nothing else.
import '../threadpool';
import { app, session, shell } from 'electron';
import { langFromLanguages, langFromLocale } from '../../shared/lang';
import { builtInCatalog } from '../core/catalog/load-catalog';
import type { CoreOptions } from '../core/context';
import { dataDirFor } from '../core/data-dir';
import { createDispatch } from '../core/dispatch';
import { isAllowedExternalUrl } from '../core/shell-guards/shell-guards';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { chromiumSessionProbe } from './chromium-session-probe';
import { wireApi } from './ipc';
import { hardenSession, openWindow, ownPageUrl, rendererDir } from './window';

// The page comes from app://session-prep/, never file:// (docs/ARCHITECTURE.md, security).
registerAppScheme();

// One instance: a second start focuses the first window instead of running a second set of checks.
if (app.requestSingleInstanceLock()) start();
else app.quit();

function start(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveAppScheme(session.defaultSession, rendererDir);
    const options = coreOptions();
    wireApi(createDispatch(options), ownPageUrl(), options.lang);
    const window = openWindow();
    app.on('second-instance', () => {
      if (window.isMinimized()) window.restore();
      window.focus();
    });
  });
}

function coreOptions(): CoreOptions {
  const catalog = builtInCatalog();
  return {
    catalog,
    // The OS's preferred languages in order: the first that is ja or en, else the app's locale.
    lang: langFromLanguages(app.getPreferredSystemLanguages()) ?? langFromLocale(app.getLocale()),
    mode: 'electron',
    timeoutMs: 5000,
    env: process.env,
    dataDir: dataDirFor(process.platform, process.env),
    // Chromium's own answer: system settings, PAC and WPAD included (ARCHITECTURE.md, proxy precedence).
    resolveProxy: (url) => session.defaultSession.resolveProxy(url),
    // Issue 17: the same hosts through the session's own stack, as `chromium` checks of each run.
    chromiumProbe: chromiumSessionProbe(session.defaultSession),
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url, catalog))
        throw new Error(`refused to open ${url}: not an allow-listed https address`);
      await shell.openExternal(url);
    },
  };
}
