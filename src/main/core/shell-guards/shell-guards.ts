import { isInDomains, type Catalog } from '../../../shared/catalog';
import { isOpenableJoinUrl } from '../join/validate-link';

/** What the shell knows about the frame that sent an IPC message. */
export interface SenderFrame {
  url: string;
  /** Whether it is the window's top frame (an iframe never drives the API). */
  isMainFrame: boolean;
}

/** Only our own page (app://session-prep/index.html in the app), in the top frame, may call the API. */
export function isOwnFrame(frame: SenderFrame | null | undefined, ownPageUrl: string): boolean {
  if (!frame || !frame.isMainFrame) return false;
  let url: URL;
  let own: URL;
  try {
    url = new URL(frame.url);
    own = new URL(ownPageUrl);
  } catch {
    return false;
  }
  // The hash is the page's own business (e.g. a step anchor); everything before it must be ours.
  return (
    url.protocol === own.protocol &&
    url.host === own.host &&
    url.pathname === own.pathname &&
    url.search === own.search
  );
}

/**
 * Whether the shell may hand a URL to the OS: a join link the validator built, or plain https to a host
 * of the catalog (its endpoints, or a name its allow-list domains cover). Never credentials, odd ports or other schemes.
 */
export function isAllowedExternalUrl(
  text: string,
  catalog: Pick<Catalog, 'endpoints' | 'domains' | 'join'>,
): boolean {
  if (isOpenableJoinUrl(text, catalog)) return true;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '')
    return false;
  const host = url.hostname.toLowerCase();
  if (catalog.endpoints.some((e) => e.host.toLowerCase() === host)) return true;
  return isInDomains(host, catalog.domains);
}
