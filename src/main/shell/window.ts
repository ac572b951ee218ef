import { BrowserWindow, type Session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../../shared/content-security-policy';

// Bundled as dist/shell/main.mjs; the preload and the renderer are its siblings in dist/.
const distDir = join(import.meta.dirname, '..');

/** The file URL of the wizard's page: the only frame allowed to call the API. */
export function ownPageUrl(): string {
  return pathToFileURL(join(distDir, 'renderer', 'index.html')).href;
}

/**
 * The CSP on every response, no permission ever granted (camera, notifications, …). Some Electron versions
 * skip webRequest for file:// (electron/electron#23485); the page's own <meta> CSP holds there as well.
 */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy()],
      },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The wizard's window: isolated, sandboxed, no Node, web security on. */
export function openWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 960,
    height: 720,
    minWidth: 640,
    minHeight: 560,
    title: 'Session Prep',
    show: false,
    webPreferences: {
      preload: join(distDir, 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.removeMenu();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(ownPageUrl());
  return window;
}
