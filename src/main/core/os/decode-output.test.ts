import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { osFixture } from '../../../../test/fixtures/os/read-fixture';
import { decodeOutput, isUtf8 } from './decode-output';

/** The bytes a Japanese Windows tool writes: the verbatim text in CP932, CRLF (see SOURCES.md). */
const cp932 = (name: string) =>
  readFileSync(new URL(`../../../../test/fixtures/os/windows/${name}.cp932`, import.meta.url));

describe('decodeOutput', () => {
  it('reads netsh on a Japanese Windows (CP932) as the text it shows', () => {
    for (const name of [
      'netsh-winhttp-show-proxy-direct-ja',
      'netsh-winhttp-show-proxy-manual-ja',
    ]) {
      const bytes = cp932(name);
      expect(isUtf8(bytes)).toBe(false);
      expect(decodeOutput(bytes, 932)).toBe(
        osFixture(`windows/${name}.txt`).replace(/\n/g, '\r\n'),
      );
    }
  });

  it('reads reg.exe’s Japanese “not found” error (CP932), byte for byte', () => {
    const bytes = cp932('reg-query-missing-value-ja');
    // エ (0x83 0x47) ラ (0x83 0x89) ー (0x81 0x5B): the first bytes as reg.exe writes them.
    expect([...bytes.subarray(0, 6)]).toEqual([0x83, 0x47, 0x83, 0x89, 0x81, 0x5b]);
    expect(decodeOutput(bytes, 932)).toBe(
      'エラー: 指定されたレジストリ キーまたは値が見つかりませんでした\r\n',
    );
  });

  it('reads UTF-16LE with a byte-order mark and without (wmic, redirected PowerShell)', () => {
    const text = 'displayName=Windows Defender\r\nproductState=397568\r\n';
    const le = Buffer.from(text, 'utf16le');
    expect(decodeOutput(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe(text);
    expect(decodeOutput(le, 932)).toBe(text);
    const japanese = Buffer.from('\uFEFF表示名=ウイルス対策\r\n', 'utf16le');
    expect(decodeOutput(japanese, 932)).toBe('表示名=ウイルス対策\r\n');
  });

  it('reads UTF-8, with or without a byte-order mark, before any code page', () => {
    const text = 'バイパス一覧     : (なし)\r\n';
    expect(decodeOutput(Buffer.from(text, 'utf8'), 932)).toBe(text);
    expect(decodeOutput(Buffer.from(`\uFEFF${text}`, 'utf8'), 932)).toBe(text);
    expect(decodeOutput(Buffer.from('plain ASCII', 'utf8'))).toBe('plain ASCII');
  });

  it('reads the DOS code pages TextDecoder lacks: French reg.exe in CP850, Russian in CP866', () => {
    // "système" and "Registre spécifiée" as CP850 writes them: è 0x8A, é 0x82.
    const french = Buffer.from([
      0x73, 0x79, 0x73, 0x74, 0x8a, 0x6d, 0x65, 0x20, 0x73, 0x70, 0x82, 0x63, 0x69, 0x66, 0x69,
      0x82, 0x65,
    ]);
    expect(decodeOutput(french, 850)).toBe('système spécifiée');
    // "Ошибка" in CP866.
    expect(decodeOutput(Buffer.from([0x8e, 0xe8, 0xa8, 0xa1, 0xaa, 0xa0]), 866)).toBe('Ошибка');
  });

  it('without a code page (macOS, Linux) shows bytes that are not UTF-8 as U+FFFD, never as another script', () => {
    expect(decodeOutput(cp932('reg-query-missing-value-ja'))).toMatch(/^\uFFFDG\uFFFD/);
    expect(decodeOutput(Buffer.from([0x41, 0xff, 0x42]), 123456)).toBe('A\uFFFDB');
  });
});
