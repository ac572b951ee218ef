// Bidi overrides and zero-width characters can make "moc.ohoz" read as "zoho.com" or hide text; a report
// must show what the PC saw, so they become visible markers such as "[U+202E]".
// https://unicode.org/reports/tr36/#Bidirectional_Text_Spoofing
const hiddenRanges: readonly (readonly [number, number])[] = [
  [0x0000, 0x0008], // C0 controls except tab and newline
  [0x000b, 0x000c],
  [0x000e, 0x001f],
  [0x007f, 0x009f], // DEL and C1 controls
  [0x00ad, 0x00ad], // soft hyphen
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x180e, 0x180e],
  [0x200b, 0x200f], // zero-width space, joiners, LRM, RLM
  [0x2028, 0x2029], // line and paragraph separators (they also end a JavaScript comment)
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, bidi isolates, invisible operators
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero-width no-break space (BOM)
  [0xfff9, 0xfffb],
  [0xe0000, 0xe007f], // tag characters
];

/** Whether a code point is invisible, a control or changes the direction of text. */
export function isHiddenCodePoint(codePoint: number): boolean {
  return hiddenRanges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The text with invisible and direction-changing characters shown as `[U+XXXX]`. */
export function revealHiddenChars(text: string): string {
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    out += isHiddenCodePoint(codePoint)
      ? `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`
      : char;
  }
  return out;
}

/** The same, and tabs and line breaks too: for one value (a name, a subject) that must stay on its line. */
export function revealInline(text: string): string {
  return revealHiddenChars(text).replace(
    /[\t\n\r]/g,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}
