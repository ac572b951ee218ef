// The Electron shell: builds CoreOptions, opens one hardened window, wires IPC to dispatch. Nothing else.
import { app, session, shell } from 'electron';
import { langFromLocale } from '../../shared/lang';
import { builtInCatalog } from '../core/catalog/load-catalog';
import type { CoreOptions } from '../core/context';
import { dataDirFor } from '../core/data-dir';
import { createDispatch } from '../core/dispatch';
import { isAllowedExternalUrl } from '../core/shell-guards/shell-guards';
import { wireApi } from './ipc';
import { hardenSession, openWindow, ownPageUrl } from './window';

// One instance: a second start focuses the first window instead of a second set of checks.
if (!app.requestSingleInstanceLock()) app.quit();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.on('window-all-closed', () => app.quit());

void app.whenReady().then(() => {
  const catalog = builtInCatalog();
  hardenSession(session.defaultSession);
  const options: CoreOptions = {
    catalog,
    lang: langFromLocale(app.getPreferredSystemLanguages()[0] ?? app.getLocale()),
    mode: 'electron',
    timeoutMs: 5000,
    env: process.env,
    dataDir: dataDirFor(process.platform, process.env),
    resolveProxy: (url) => session.defaultSession.resolveProxy(url),
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url, catalog)) throw new Error(`refused to open ${url}: not an allow-listed https address`);
      await shell.openExternal(url);
    },
  };
  wireApi(createDispatch(options), ownPageUrl());
  const window = openWindow();
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
});
