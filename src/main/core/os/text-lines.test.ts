import { describe, expect, it } from 'vitest';
import { parseKeyValueBlocks, pick, splitLines } from './text-lines';

describe('lines', () => {
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
