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
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, bidi isolates, invisible operators
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero-width no-break space (BOM)
  [0xfff9, 0xfffb],
  [0xe0000, 0xe007f], // tag characters
];

function isHidden(codePoint: number): boolean {
  return hiddenRanges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The text with invisible and direction-changing characters shown as `[U+XXXX]`. */
export function revealHiddenChars(text: string): string {
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    out += isHidden(codePoint)
      ? `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`
      : char;
  }
  return out;
}
