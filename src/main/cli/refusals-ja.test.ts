import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCa } from '../../../test/fixtures/certificates';
import { builtInCatalog } from '../core/catalog/load-catalog';
import { testIo } from './cli-test-io';
import { main } from './index';

// Every refusal of a bad flag, catalog or --ca file, asked for in Japanese, must be Japanese: what is
// left after removing names (flags, files, URLs, the product, formats, what the user typed) may not
// hold a single English word.
let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-ja-'));
  const ca = await createCa('Refusal Test Root');
  const base = builtInCatalog();
  const write = async (name: string, content: string) => {
    files[name] = join(dir, name);
    await writeFile(files[name], content);
  };
  await write('empty.pem', '');
  await write('hello.pem', 'hello');
  await write('broken.pem', ca.cert.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!'));
  await write('half.pem', `${ca.cert}${ca.cert.slice(0, 120)}`);
  await write('not.json', 'hello');
  await write('cut.json', '{"id": "x", "endpoints": [');
  await write('wrong-type.json', JSON.stringify({ ...base, endpoints: [{ host: 42, ports: [] }] }));
  await write('typo.json', JSON.stringify({ ...base, endpoint: [] }));
  await write(
    'slow.json',
    JSON.stringify({
      ...base,
      requirements: { ...base.requirements, bandwidthKbps: { min: 512, recommended: 256 } },
    }),
  );
  files.folder = join(dir, 'folder.json');
  await mkdir(files.folder);
  files.missing = join(dir, 'missing.json');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const f = (name: string) => files[name] ?? name;

/** Names a refusal may carry in any language; anything else in Latin letters is English prose. */
const NAMES = new Set(
  [
    'Session Prep',
    'session-prep',
    'PEM',
    'Base-64',
    'BEGIN',
    'CERTIFICATE',
    'JSON',
    'HTTP',
    'CONNECT',
    'PAC',
    'DIRECT',
    'PROXY',
    'URL',
    'ID',
    'ja',
    'en',
    'system',
    'network',
    'bandwidth',
    'text',
    'json',
    'pac',
    'squid',
    // zod's Japanese locale names the JSON type it expected
    'string',
    'array',
    'object',
    'boolean',
    'recommended',
    'min',
    'user',
    'pass',
    'host',
    'port',
  ].map((n) => n.toLowerCase()),
);

/** The Latin-letter words that are neither a name nor something the user typed. */
function englishWords(stderr: string, typed: readonly string[]): string[] {
  let text = stderr
    .split('\n')
    // The usage lines are command syntax, printed as they are in both languages.
    .filter((line) => !line.startsWith('  session-prep '))
    .join('\n');
  for (const value of [...typed, dir].sort((a, b) => b.length - a.length))
    text = text.split(value).join(' ');
  text = text
    .replace(/session-prep( [a-z]+)?:?/g, ' ')
    .replace(/「[^」]*」|"[^"]*"/g, ' ')
    .replace(/Base-64/g, ' ')
    .replace(/(^|\s)\.\w+/g, ' ')
    .replace(/\w+:\/\/\S+/g, ' ')
    .replace(/--[\w-]+/g, ' ')
    .replace(/-----[A-Z ]+-----/g, ' ')
    // A field of the catalog, as the refusal points at it: endpoints[0].host
    .replace(/\b[a-z]\w*(\[\d+\]|\.\w+)+/gi, ' ')
    .replace(/Session Prep/g, ' ');
  return (text.match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter((w) => !NAMES.has(w.toLowerCase()));
}

const cases: [string, () => string[]][] = [
  ['a timeout that is not a number', () => ['check', '--timeout-ms', 'x']],
  ['a proxy that is not a URL', () => ['check', '--proxy', 'nonsense']],
  ['a SOCKS proxy', () => ['check', '--proxy', 'socks5://proxy.example:1080']],
  ['an unknown --only', () => ['check', '--only', 'everything']],
  ['a report that is neither .json nor .html', () => ['check', '--report', 'out.pdf']],
  ['an unknown option', () => ['check', '--bogus']],
  ['an unknown option of a command with arguments', () => ['link', '--bogus', '123456789']],
  ['an option without its value', () => ['check', '--catalog']],
  ['a value for an option that takes none', () => ['check', '--json=yes']],
  ['an argument a command does not take', () => ['allowlist', 'extra']],
  ['an unknown command', () => ['nonsense']],
  ['a --lang that is neither ja nor en', () => ['check', '--lang', 'fr']],
  ['a --lang without its value', () => ['check', '--lang']],
  ['a missing --ca file', () => ['check', '--ca', f('missing.pem')]],
  ['an empty --ca file', () => ['check', '--ca', f('empty.pem')]],
  ['a --ca file that is no certificate', () => ['check', '--ca', f('hello.pem')]],
  ['a corrupt --ca file', () => ['check', '--ca', f('broken.pem')]],
  ['a --ca bundle with one good and one cut block', () => ['check', '--ca', f('half.pem')]],
  ['a missing catalog', () => ['check', '--catalog', f('missing')]],
  ['a catalog that is a folder', () => ['check', '--catalog', f('folder')]],
  ['a catalog that is not JSON', () => ['check', '--catalog', f('not.json')]],
  ['a catalog cut short', () => ['check', '--catalog', f('cut.json')]],
  ['a catalog with a wrong type', () => ['check', '--catalog', f('wrong-type.json')]],
  ['a catalog with an unknown field', () => ['fixes', '--catalog', f('typo.json')]],
  ['a catalog below its own minimum', () => ['allowlist', '--catalog', f('slow.json')]],
  ['an allow-list format', () => ['allowlist', '--format', 'xml']],
  ['a PAC fallback that is no PAC answer', () => ['allowlist', '--pac-fallback', 'PROXY "x"']],
  ['a port out of range', () => ['web', '--port', '99999']],
  ['a link without TEXT', () => ['link']],
  ['a hostile link', () => ['link', 'https://assist.zoho.com@evil.example/join?key=123456789']],
];

describe('session-prep refusals in Japanese', () => {
  it.each(cases)('%s', async (_name, argv) => {
    const args = argv();
    // The OS locale says Japanese too, so a --lang that cannot be read still leaves Japanese.
    const t = testIo({ lang: 'ja', env: { PATH: process.env.PATH, XDG_STATE_HOME: dir } });
    // A trailing --lang stays the last word, so parseArgs finds it without its value.
    const argvJa = args.includes('--lang') ? args : [...args, '--lang', 'ja'];
    expect(await main(argvJa, t.io)).toBe(2);
    const err = t.err();
    expect(err).toMatch(/[\u3040-\u30ff]/);
    expect(englishWords(err, args.slice(1)), err).toEqual([]);
    expect(t.out()).toBe('');
  });
});
