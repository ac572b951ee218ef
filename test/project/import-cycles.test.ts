import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Issue 11: no import cycle in src, type-only imports included (dpdm reads the TypeScript as written;
// `transform: false` keeps `import type` edges, which a cycle through types still makes a knot to untie).
describe('imports under src', () => {
  it('form no cycle, type-only imports included', async () => {
    const tree = await parseDependencyTree(['src/**/*.ts', 'src/**/*.tsx'], {
      cwd: root,
      context: root,
      transform: false,
      skipDynamicImports: false,
      include: /\.tsx?$/,
      exclude: /node_modules/,
    });
    expect(Object.keys(tree).length).toBeGreaterThan(300);
    expect(parseCircular(tree).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });
});
