import type { BrowserId } from './catalog';

/**
 * The one table of browser names a person reads, in both languages (product names are not translated; the
 * guide lists them so): "Google Chrome", never the id "chrome" (issue 15).
 */
export const browserDisplayNames: Readonly<Record<BrowserId, string>> = {
  chrome: 'Google Chrome',
  edge: 'Microsoft Edge',
  firefox: 'Mozilla Firefox',
  safari: 'Safari',
  opera: 'Opera',
};

/** The display name of a browser id, or null when the text is not one. */
export function browserDisplayName(id: string): string | null {
  return Object.hasOwn(browserDisplayNames, id) ? browserDisplayNames[id as BrowserId] : null;
}
