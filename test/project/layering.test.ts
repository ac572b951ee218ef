import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const sources = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => /\.(c|m)?(j|t)sx?$/.test(f) && !f.startsWith('node_modules/'));
const text = (f: string) => readFileSync(join(root, f), 'utf8');

// ESLint enforces the layers (eslint.config.js); these keep anyone from switching that off in a file.
describe('layering', () => {
  it('no file disables a layering rule, or every rule at once', () => {
    const offending = sources.filter((f) =>
      text(f)
        .split('\n')
        .some((line) =>
          /eslint-disable(-next-line|-line)?(\s*$|\s*\*\/|\s+.*no-restricted-imports)/.test(line),
        ),
    );
    expect(offending).toEqual([]);
  });

  it('nothing under src/main imports the renderer', () => {
    const importsRenderer =
      /from\s+['"][^'"]*\/renderer(\/|['"])|import\(\s*['"][^'"]*\/renderer\//;
    expect(
      sources.filter((f) => f.startsWith('src/main/') && importsRenderer.test(text(f))),
    ).toEqual([]);
  });
});
