import { revealHiddenChars } from '../../../shared/results/reveal-hidden-chars';

/**
 * Text from a result file, safe on one line of a terminal or a change request: controls, bidi overrides and
 * invisible characters shown as [U+…] (as the report does), line breaks and tabs too, and cut to a length.
 */
export function oneLine(text: string, max = 300): string {
  const shown = revealHiddenChars(text).replace(
    /[\t\n\r\u2028\u2029]/g,
    (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}
