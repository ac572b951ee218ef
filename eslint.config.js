import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// Layering by import rules. One function builds each folder's whole list, because a later
// `no-restricted-imports` entry replaces an earlier one for the files it matches.
const ELECTRON = {
  name: 'electron',
  message: 'Only src/main/shell and src/preload import electron (docs/ARCHITECTURE.md).',
};
const CHILD_PROCESS = ['node:child_process', 'child_process'].map((name) => ({
  name,
  message:
    'Programs run only through src/main/core/os (runCommand, launchDetached); tests use it or test/fixtures/processes.ts.',
}));
const RENDERER = ['**/renderer/**', '**/renderer'];
const FRONT_DOORS = {
  group: ['**/shell/**', '**/web/**', '**/cli/**', ...RENDERER],
  message: 'Core never imports a front door (it may import src/report-view).',
};
const NOT_RENDERER = {
  group: RENDERER,
  message: 'Nothing under src/main imports the wizard; what both render is in src/report-view.',
};
/** What src/report-view may not import: the other layers, Node's modules, and `extra`. */
const reportViewPatterns = (extra) => [
  {
    group: ['**/main/**', ...RENDERER, '**/preload/**', ...extra],
    message: 'src/report-view imports only src/shared and libraries.',
  },
  {
    group: ['node:*'],
    message: 'src/report-view runs in the page and on the server: no Node modules.',
  },
];

function restrictedImports({ electron = true, childProcess = true, patterns = [] }) {
  const paths = [...(electron ? [ELECTRON] : []), ...(childProcess ? CHILD_PROCESS : [])];
  return {
    'no-restricted-imports': ['error', { paths, ...(patterns.length ? { patterns } : {}) }],
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'out/',
      'release/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      ...restrictedImports({ childProcess: false }),
    },
  },
  { files: ['src/**/*.{ts,tsx}'], rules: restrictedImports({}) },
  { files: ['src/main/**/*.{ts,tsx}'], rules: restrictedImports({ patterns: [NOT_RENDERER] }) },
  { files: ['src/main/core/**/*.{ts,tsx}'], rules: restrictedImports({ patterns: [FRONT_DOORS] }) },
  {
    // The one place that starts programs.
    files: ['src/main/core/os/**/*.ts'],
    rules: restrictedImports({ childProcess: false, patterns: [FRONT_DOORS] }),
  },
  {
    // Rendered by the wizard in Chromium and by core on the server: React and src/shared only.
    files: ['src/report-view/**/*.{ts,tsx}'],
    rules: restrictedImports({ patterns: reportViewPatterns(['**/test/**']) }),
  },
  {
    // Its tests may use the shared sample runs under test/.
    files: ['src/report-view/**/*.test.{ts,tsx}'],
    rules: restrictedImports({ patterns: reportViewPatterns([]) }),
  },
  {
    files: ['src/main/shell/**/*.ts'],
    rules: restrictedImports({ electron: false, patterns: [NOT_RENDERER] }),
  },
  { files: ['src/preload/**/*.ts'], rules: restrictedImports({ electron: false }) },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Formatting is Prettier's (npm run format:check); ESLint keeps to correctness.
  prettier,
);
