import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  resultsCssModule,
  resultsCssModulePath,
  resultsCssPath,
} from '../../scripts/generate-results-css';
import { resultsCss } from '../../src/report-view/results/results-css';

describe('results CSS', () => {
  const css = readFileSync(resultsCssPath, 'utf8');

  it('results-css.ts is the one generated from results.css (run `npm run generate:css`)', () => {
    expect(readFileSync(resultsCssModulePath, 'utf8')).toBe(resultsCssModule(css));
  });

  it('the module holds the stylesheet verbatim, escapes included', () => {
    expect(resultsCss).toBe(css);
    const tricky = 'a::before { content: "\\2192 `x` ${y}"; }\n';
    const text = resultsCssModule(tricky);
    const body = text.slice(text.indexOf('= `') + 3, text.lastIndexOf('`;'));
    // Evaluating the template literal gives back the input exactly.
    expect(new Function(`return \`${body}\`;`)()).toBe(tricky);
  });
});
