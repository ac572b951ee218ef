import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const electronPath = {
  name: 'electron',
  message: 'Only src/main/shell and src/preload import electron (ARCHITECTURE.md).',
};

const mainNotRenderer =
  'Nothing under src/main imports the wizard; what both render is in src/report-view.';

// Each layer's own block repeats the electron rule: a later `no-restricted-imports` replaces an earlier one.
const electronOnlyInShell = {
  'no-restricted-imports': ['error', { paths: [electronPath] }],
};

/** What src/report-view may not import: the other layers, Node's modules, and `extra`. */
function reportViewImports(extra) {
  return {
    paths: [electronPath],
    patterns: [
      {
        group: ['**/main/**', '**/renderer/**', '**/renderer', '**/preload/**', ...extra],
        message: 'src/report-view imports only src/shared and libraries.',
      },
      {
        group: ['node:*'],
        message: 'src/report-view runs in the page and on the server: no Node modules.',
      },
    ],
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
      ...electronOnlyInShell,
    },
  },
  {
    files: ['src/main/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronPath],
          patterns: [
            {
              group: ['**/renderer/**', '**/renderer'],
              message:
                'Nothing under src/main imports the wizard; what both render is in src/report-view.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Core is plain Node: no electron.' }],
          patterns: [
            {
              group: ['**/shell/**', '**/web/**', '**/cli/**', '**/renderer/**', '**/renderer'],
              message: 'Core never imports a front door (it may import src/report-view).',
            },
          ],
        },
      ],
    },
  },
  {
    // Rendered by the wizard in Chromium and by core on the server: React and src/shared only.
    files: ['src/report-view/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', reportViewImports(['**/test/**'])] },
  },
  {
    // Its tests may use the shared sample runs under test/.
    files: ['src/report-view/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', reportViewImports([])] },
  },
  {
    files: ['src/main/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', '**/renderer'], message: mainNotRenderer }] },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Formatting is Prettier's (npm run format:check); ESLint keeps to correctness.
  prettier,
);
