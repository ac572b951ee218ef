import { BrowserWindow, type Session } from 'electron';
import { join } from 'node:path';
import { wizardContentSecurityPolicy } from '../wizard-csp';
import { appPageUrl } from '../core/shell-guards/app-protocol';

// Bundled as dist/shell/main.mjs; the preload and the renderer are its siblings in dist/.
const distDir = join(import.meta.dirname, '..');

/** The folder app://session-prep/ serves (inside app.asar once packaged). */
export const rendererDir = join(distDir, 'renderer');

/** The URL of the wizard's page: the only frame allowed to call the API. */
export function ownPageUrl(): string {
  return appPageUrl;
}

/**
 * The CSP on every response that reaches the session (the app scheme's own responses carry it too, and the
 * page's <meta> CSP holds everywhere); no permission ever granted (camera, notifications, …).
 */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [wizardContentSecurityPolicy()],
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
