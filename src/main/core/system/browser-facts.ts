import type { BrowserId } from '../../../shared/catalog';

/** One installed browser, found the way its OS knows it. */
export interface InstalledBrowser {
  id: BrowserId;
  /** The product's own name: "Google Chrome", "Chromium", "Firefox ESR". */
  name: string;
  /** The browser's own version, or undefined when it could not be read. */
  version: string | undefined;
  path: string;
}
