/**
 * A JavaScript string literal that carries any text as data: JSON's quoting, then every character outside
 * printable ASCII written as `\uXXXX`, and `<`, `>` too. So no line terminator (U+2028 and U+2029
 * included, which end a comment and, before ES2019, a string), no `<!--` or `-->` (HTML-like comments, ES
 * Annex B) and no bidi override can appear in a generated file, whatever a catalog holds.
 */
export function jsLiteral(text: string): string {
  return JSON.stringify(text).replace(
    /[^\x20-\x7e]|[<>]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** An array of strings, each a `jsLiteral`. */
export function jsArray(values: readonly string[]): string {
  return `[${values.map(jsLiteral).join(', ')}]`;
}

/** Text for a `//` or `#` comment line: the value as a literal, so it cannot end the line or the comment. */
export function commentText(text: string): string {
  return jsLiteral(text);
}
