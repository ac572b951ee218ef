import { decode, encodingExists } from 'iconv-lite';

/**
 * Text of a program's output, whatever the OS and the tool wrote. Windows tools write UTF-16LE (wmic,
 * PowerShell redirected without our UTF-8 setting), UTF-8 (PowerShell as we start it; a console set to
 * `chcp 65001`) or the console's legacy code page (reg, netsh, sc: CP932 on a Japanese system, 850 on a
 * French one). So: a byte-order mark first, then the shape of UTF-16LE, then strict UTF-8, and only bytes
 * that are none of these are read in `legacyCodePage`, the code page the OS says its consoles use
 * (code-page.ts). Without one (macOS, Linux), such bytes are invalid UTF-8 and read with U+FFFD.
 *
 * Trying UTF-8 first is safe for the legacy code pages: their non-ASCII text is almost never valid UTF-8
 * (every CP932 kana starts with 0x82 or 0x83, a UTF-8 continuation byte; CP850's é is a lone 0x82), while
 * a console set to UTF-8 (`chcp 65001`) makes the same tools write UTF-8, which must not be read as CP932.
 */
export function decodeOutput(bytes: Uint8Array, legacyCodePage?: number): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (looksUtf16le(bytes)) return new TextDecoder('utf-16le').decode(bytes);
  if (isUtf8(bytes)) return new TextDecoder('utf-8').decode(bytes);
  const codec = legacyCodePage === undefined ? undefined : codecOf(legacyCodePage);
  return codec ? decode(bytes, codec) : new TextDecoder('utf-8').decode(bytes);
}

/** Whether the bytes are UTF-8 throughout (ASCII is): then no legacy code page is needed to read them. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// UTF-16LE text of mostly ASCII has a zero in nearly every odd byte; UTF-8 and the legacy code pages
// never write a zero byte for text.
function looksUtf16le(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  let zeros = 0;
  const pairs = Math.min(bytes.length >> 1, 256);
  for (let i = 0; i < pairs; i++) if (bytes[i * 2 + 1] === 0) zeros++;
  return zeros / pairs > 0.4;
}

// Windows names code pages by number; iconv-lite knows them as cpNNN (cp932, cp850, cp437, cp866…),
// the DOS ones included, which the WHATWG decoders of TextDecoder lack. 65001 is UTF-8.
function codecOf(codePage: number): string | undefined {
  if (codePage === 65001) return 'utf-8';
  const name = `cp${codePage}`;
  return encodingExists(name) ? name : undefined;
}
