import { describe, expect, it } from 'vitest';
import { decodeConsoleOutput, parseKeyValueBlocks, pick, splitLines } from './text-lines';
import { compareVersions, firstVersionIn } from './version-compare';

describe('console output decoding', () => {
  it('reads UTF-16LE with and without a BOM (wmic, redirected PowerShell)', () => {
    const text = 'displayName=Windows Defender\r\n';
    const le = Buffer.from(text, 'utf16le');
    expect(decodeConsoleOutput(Uint8Array.from([0xff, 0xfe, ...le]))).toBe(text);
    expect(decodeConsoleOutput(le)).toBe(text);
  });

  it('reads UTF-8, and CP932 when the bytes are not UTF-8', () => {
    expect(decodeConsoleOutput(Buffer.from('バイパス一覧     : (なし)', 'utf8'))).toBe(
      'バイパス一覧     : (なし)',
    );
    // "(なし)" in CP932.
    expect(decodeConsoleOutput(Uint8Array.from([0x28, 0x82, 0xc8, 0x82, 0xb5, 0x29]))).toBe(
      '(なし)',
    );
  });

  it('splits CRLF, LF, CR CR LF and a stray CR alike', () => {
    expect(splitLines('a\r\nb\nc\r\r\nd\re')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('key/value lists', () => {
  it('splits records where a key repeats, and keeps values with colons and equals signs', () => {
    const blocks = parseKeyValueBlocks('Name : A\nPath : C:\\x=y\n\nName : B\n');
    expect(blocks).toEqual([{ Name: 'A', Path: 'C:\\x=y' }, { Name: 'B' }]);
    expect(pick(blocks[0] ?? {}, 'path')).toBe('C:\\x=y');
  });

  it('joins Format-List continuation lines to the value above', () => {
    expect(parseKeyValueBlocks('Description : a long\n              wrapped value\n')).toEqual([
      { Description: 'a long wrapped value' },
    ]);
  });
});

describe('versions', () => {
  it.each([
    ['10.0.22631', '6.1', 1],
    ['10.13', '10.13.0', 0],
    ['6.0.6002', '6.1', -1],
    ['115.6.0', '115', 1],
    ['12', '7', 1],
  ])('%s vs %s', (a, b, sign) => expect(compareVersions(a, b)).toBe(sign));

  it('finds the version in a browser banner', () => {
    expect(firstVersionIn('Chromium 156.0.8078.79 built on Debian GNU/Linux 12 (bookworm)')).toBe(
      '156.0.8078.79',
    );
    expect(firstVersionIn('Mozilla Firefox 115.6.0esr')).toBe('115.6.0');
    expect(firstVersionIn('Opera 105')).toBe('105');
    expect(firstVersionIn('none')).toBeUndefined();
  });
});
