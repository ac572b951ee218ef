import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCa, type Pem } from '../../../test/fixtures/certificates';
import { readCaFile } from './ca-file';

let dir: string;
let first: Pem;
let second: Pem;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-ca-'));
  [first, second] = await Promise.all([createCa('First Test Root'), createCa('Second Test Root')]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** A PEM block whose base-64 body is damaged in the middle, as a bad copy and paste leaves it. */
function corrupt(pem: string): string {
  const lines = pem.trim().split('\n');
  const middle = Math.floor(lines.length / 2);
  lines[middle] = (lines[middle] ?? '').replace(/[A-Za-z]/g, '*');
  return `${lines.join('\n')}\n`;
}

describe('a --ca file', () => {
  it('holding one certificate, or a bundle of several, is taken as it parses', async () => {
    const one = await readCaFile(await file('one.pem', first.cert), 'en');
    expect(one).toEqual({ ok: true, value: `${first.cert.trim()}\n` });
    const bundle = await readCaFile(
      await file('bundle.pem', `# corporate roots\n${first.cert}\n${second.cert}`),
      'en',
    );
    expect(bundle).toEqual({ ok: true, value: `${first.cert.trim()}\n${second.cert.trim()}\n` });
  });

  it.each([
    ['empty.pem', () => '', /holds no PEM certificate/],
    ['key.pem', () => first.key, /holds no PEM certificate/],
    ['hello.pem', () => 'hello', /holds no PEM certificate/],
    ['broken.pem', () => corrupt(first.cert), /certificate 1 of 1/],
    ['half.pem', () => `${first.cert}${corrupt(second.cert)}`, /certificate 2 of 2/],
    ['truncated.pem', () => `${first.cert}${second.cert.slice(0, 200)}`, /certificate 2 of 2/],
  ])('%s is refused with a sentence naming the file', async (name, content, why) => {
    const path = await file(name, content());
    const reply = await readCaFile(path, 'en');
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.problem.code).toBe('bad_params');
    expect(reply.problem.message).toContain(path);
    expect(reply.problem.message).toMatch(why);
  });

  it('that is missing is named, in Japanese too', async () => {
    const path = join(dir, 'missing.pem');
    const reply = await readCaFile(path, 'ja');
    expect(reply).toEqual({
      ok: false,
      problem: {
        code: 'bad_params',
        message: `--ca のファイル ${path} を読み込めません（そのファイルはありません）。信頼する証明書を含む PEM ファイルを指定してください。`,
      },
    });
  });
});
