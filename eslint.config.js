import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// Layering by import rules. One function builds each folder's list, because a later
// `no-restricted-imports` entry replaces an earlier one for the files it matches.
const ELECTRON = {
  name: 'electron',
  message: 'Only src/main/shell and src/preload import electron (ARCHITECTURE.md).',
};
const CHILD_PROCESS = ['node:child_process', 'child_process'].map((name) => ({
  name,
  message:
    'Programs run only through src/main/core/os (runCommand, launchDetached); tests use it or test/fixtures/processes.ts.',
}));
const FRONT_DOORS = {
  group: ['**/shell/**', '**/web/**', '**/cli/**', '**/renderer/**'],
  message: 'Core never imports a front door.',
};

function restrictedImports({ electron, childProcess, frontDoors }) {
  const paths = [
    ...(electron
      ? [{ ...ELECTRON, ...(frontDoors ? { message: 'Core is plain Node: no electron.' } : {}) }]
      : []),
    ...(childProcess ? CHILD_PROCESS : []),
  ];
  return {
    'no-restricted-imports': [
      'error',
      { paths, ...(frontDoors ? { patterns: [FRONT_DOORS] } : {}) },
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
      ...restrictedImports({ electron: true, childProcess: false, frontDoors: false }),
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: restrictedImports({ electron: true, childProcess: true, frontDoors: false }),
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: restrictedImports({ electron: true, childProcess: true, frontDoors: true }),
  },
  {
    // The one place that starts programs.
    files: ['src/main/core/os/**/*.ts'],
    rules: restrictedImports({ electron: true, childProcess: false, frontDoors: true }),
  },
  {
    files: ['src/main/shell/**/*.ts', 'src/preload/**/*.ts'],
    rules: restrictedImports({ electron: false, childProcess: true, frontDoors: false }),
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
