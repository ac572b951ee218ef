import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the report inlines the renderer's CSS (issue 6)
import { resultsCss } from '../../../renderer/components/results/results-css';

describe('results CSS', () => {
  it('keeps results-css.ts (inlined in the report) identical to results.css (imported by the wizard)', () => {
    const file = readFileSync(
      new URL('../../../renderer/components/results/results.css', import.meta.url),
      'utf8',
    );
    expect(resultsCss).toBe(file);
  });
});
