// `npm run generate:css`: writes src/report-view/results/results-css.ts from results.css, the one stylesheet.
//
// Why a generated module rather than importing the .css text: the report is rendered by tsx (the CLI runs
// from source), Vitest, and the esbuild bundles of scripts/build.ts, besides Vite. Only Vite (and Vitest)
// understand `?raw`; tsx has no CSS loader, and esbuild would need a plugin in every bundle. A plain .ts
// module works in all four, and test/report-view/results-css.test.ts fails when it is not the current text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
export const resultsCssPath = join(root, 'src/report-view/results/results.css');
export const resultsCssModulePath = join(root, 'src/report-view/results/results-css.ts');

/** The module's text for a stylesheet: the CSS as one template literal, escaped so it stays verbatim. */
export function resultsCssModule(css: string): string {
  const literal = css.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  return [
    '// Generated from results.css by scripts/generate-results-css.ts (`npm run generate:css`): do not edit.',
    '// The HTML report inlines this text; the wizard imports results.css itself.',
    `export const resultsCss = \`${literal}\`;`,
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  writeFileSync(resultsCssModulePath, resultsCssModule(readFileSync(resultsCssPath, 'utf8')));
  console.log(`Wrote ${resultsCssModulePath}.`);
}
