import { Writable } from 'node:stream';
import { isHiddenCodePoint, revealInline } from '../../shared/results/reveal-hidden-chars';
import type { CliIo } from './command';

export { revealInline };

// Our own escape sequences: colours (SGR, `ESC [ … m`) and erasing the progress line (`ESC [ 2K`). Any
// other escape (a title set by OSC `ESC ] 0;…BEL`, `ESC [2J` clearing the screen) never comes from us.
const OUR_ESCAPE_TAIL = /^\[[0-9;]{0,12}[mK]/;

/**
 * Text as it may reach a terminal: C0 and C1 controls, bidi overrides and invisible characters shown as
 * `[U+…]`, as the report shows them; line breaks, tabs, the progress line's carriage return and our own
 * colour and erase sequences kept. The last net under every CLI write: values from outside (a
 * certificate's OU, a catalog's name) are also revealed whole, line breaks included, where they are put in.
 */
export function terminalText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(codePoint);
    if (codePoint === 0x1b) {
      const tail = OUR_ESCAPE_TAIL.exec(text.slice(i + 1, i + 16))?.[0];
      if (tail) {
        out += char + tail;
        i += 1 + tail.length;
        continue;
      }
    }
    // A carriage return only as our progress line writes it, followed by its erase (`CR ESC [2K`):
    // elsewhere it would let text from outside overwrite a line ("✔ ready" over "✖ not ready").
    const isOurReturn = codePoint === 0x0d && text.startsWith('\u001b[2K', i + 1);
    const isKept = codePoint === 0x0a || codePoint === 0x09 || isOurReturn;
    out += !isKept && isHiddenCodePoint(codePoint) ? marker(codePoint) : char;
    i += char.length;
  }
  return out;
}

/**
 * JSON for stdout: the same value, with every control, bidi override and invisible character written as
 * a `\uXXXX` escape, so the document parses to exactly what it holds and a terminal shows it as it is.
 */
export function jsonText(value: unknown, indent = 2): string {
  const json = JSON.stringify(value, null, indent);
  let out = '';
  for (const char of json) {
    const codePoint = char.codePointAt(0) ?? 0;
    // Outside strings JSON.stringify writes only ASCII and the newlines of its indentation.
    out +=
      codePoint !== 0x0a && isHiddenCodePoint(codePoint)
        ? [...Array.from({ length: char.length }, (_, k) => char.charCodeAt(k))]
            .map((unit) => `\\u${unit.toString(16).padStart(4, '0')}`)
            .join('')
        : char;
  }
  return `${out}\n`;
}

function marker(codePoint: number): string {
  return `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/** A stream that passes everything written to it through `terminalText`, synchronously, to `target`. */
export function terminalStream(target: NodeJS.WritableStream): NodeJS.WritableStream {
  return new Writable({
    decodeStrings: false,
    write(chunk: unknown, _encoding, done) {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString();
      // Written at once and acknowledged at once: main() exits right after a command returns.
      target.write(terminalText(text));
      done();
    },
  });
}

/** The CLI's streams with the terminal net under them; stdin and the rest unchanged. */
export function withTerminalNet(io: CliIo): CliIo {
  return { ...io, stdout: terminalStream(io.stdout), stderr: terminalStream(io.stderr) };
}
