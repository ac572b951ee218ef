import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import {
  appFilePath,
  appResponseHeaders,
  appScheme,
  appSchemePrivileges,
  decideAppRequest,
} from '../core/shell-guards/app-protocol';

/** Before the app is ready (Electron's rule): app:// becomes a standard, secure scheme with our privileges. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);
}

/** Serves app://session-prep/ from the renderer folder; which file (if any) answers is core's decision. */
export function serveAppScheme(session: Session, rendererDir: string): void {
  session.protocol.handle(appScheme, async (request) => {
    const initiator: unknown = Reflect.get(request, 'initiatorOrigin');
    const decision = decideAppRequest({
      url: request.url,
      method: request.method,
      initiatorOrigin: typeof initiator === 'string' ? initiator : undefined,
    });
    if (!decision.serve) return new Response(null, { status: decision.status });
    const path = appFilePath(rendererDir, decision.relativePath);
    if (path === undefined) return new Response(null, { status: 404 });
    try {
      const body = await readFile(path);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: appResponseHeaders(decision.contentType),
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
