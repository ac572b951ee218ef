import { isAbsolute, join, relative } from 'node:path';
import { wizardContentSecurityPolicy } from '../../wizard-csp';

/**
 * The wizard's own origin in the Electron app. A custom standard scheme instead of file://: the page gets an
 * origin of its own ('self' in the CSP means exactly our files), file:// keeps none of its extra privileges
 * (the GrantFileProtocolExtraPrivileges fuse is off), and every request passes decideAppRequest below.
 * https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 */
export const appScheme = 'app';
export const appHost = 'session-prep';
export const appOrigin = `${appScheme}://${appHost}`;
/** The one page: the only frame allowed to call the API (isOwnFrame). */
export const appPageUrl = `${appOrigin}/index.html`;

/**
 * What the scheme may do. `standard` gives it an origin and relative URLs as https has; `secure` makes the
 * page a secure context. Module scripts are fetched in CORS mode, so the scheme takes part in fetch and CORS
 * (as VS Code's vscode-file scheme does); we send no Access-Control-Allow-Origin, so no other origin can read
 * a response. Nothing that loosens the CSP (`bypassCSP`), no service workers, no extensions.
 */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  allowExtensions: false,
  stream: false,
} as const;

// Only what Vite writes into dist/renderer; anything else is not ours to serve.
const contentTypes: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
};

/** What the shell knows about a request to the app scheme. */
export interface AppRequest {
  url: string;
  method: string;
  /** Electron's initiatorOrigin: absent for requests the browser started itself (the window's loadURL). */
  initiatorOrigin?: string | undefined;
}

export type AppRequestDecision =
  | { serve: true; relativePath: string; contentType: string }
  | { serve: false; status: 400 | 403 | 404 | 405; reason: string };

const refuse = (
  status: 400 | 403 | 404 | 405,
  reason: string,
): Extract<AppRequestDecision, { serve: false }> => ({ serve: false, status, reason });

/**
 * Whether a request to app://session-prep/… is served, and which file of dist/renderer answers it. Only
 * GET/HEAD from our own origin (or the browser itself), only our host, only plain relative file names with a
 * known extension: no dot segments, no encoded separators, no backslashes, no control characters.
 */
export function decideAppRequest(request: AppRequest): AppRequestDecision {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refuse(405, `method ${request.method} is not served`);
  if (request.initiatorOrigin !== undefined && request.initiatorOrigin !== appOrigin)
    return refuse(403, `requested by ${request.initiatorOrigin}, not by the app's own page`);
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return refuse(400, 'not a URL');
  }
  if (url.protocol !== `${appScheme}:` || url.hostname !== appHost || url.port !== '')
    return refuse(404, `${url.protocol}//${url.host} is not the app's origin`);
  if (url.username !== '' || url.password !== '') return refuse(400, 'credentials in the URL');
  // Decoded segment by segment, so an encoded "/" or "\" cannot join two segments into a path.
  const rawSegments = (url.pathname === '/' ? '/index.html' : url.pathname).slice(1).split('/');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(400, 'a malformed escape in the path');
    }
    if (segment === '' || segment.startsWith('.'))
      return refuse(404, 'an empty, dot or hidden path segment');
    if (hasSeparatorOrControl(segment))
      return refuse(400, 'a separator, colon or control character inside a path segment');
    segments.push(segment);
  }
  const last = segments[segments.length - 1] ?? '';
  const dot = last.lastIndexOf('.');
  const contentType = dot > 0 ? contentTypes[last.slice(dot + 1).toLowerCase()] : undefined;
  if (contentType === undefined) return refuse(404, `${last} is not a file type the wizard has`);
  return { serve: true, relativePath: segments.join('/'), contentType };
}

function hasSeparatorOrControl(segment: string): boolean {
  for (const char of segment) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '/' || char === '\\' || char === ':' || code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** The file a served decision names, inside root; undefined if it would leave root (it cannot, but this is the last gate). */
export function appFilePath(root: string, relativePath: string): string | undefined {
  const full = join(root, ...relativePath.split('/'));
  const inside = relative(root, full);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? undefined : full;
}

/** The headers of every file the scheme serves: the strict CSP, no sniffing, no referrer, no caching of old builds. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': wizardContentSecurityPolicy(),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-store',
  };
}
