import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Besides the usual rules, this file holds the architecture's import boundaries
 * (../shared/ARCHITECTURE.md): outer layers depend on inner ones, never the reverse.
 */
const node = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'];
const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'bench/results/**',
      '.tmp/**',
      'coverage/**',
      'dist/**',
      '.electron-native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: [...node, 'electron', 'better-sqlite3*', 'react', 'react-dom'],
          message: 'src/shared is pure TypeScript: no Node, Electron, database or DOM.',
        },
        {
          group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
          message: 'src/shared depends on nothing else in src.',
        },
      ]),
    },
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['electron'],
          message:
            'The core runs without Electron (CLI, tests): take what you need as a parameter.',
        },
        {
          group: ['**/renderer/**', '**/preload/**', '**/cli/**', '../ipc/**', '../shell/**'],
          message: 'The core depends only on src/shared.',
        },
      ]),
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/main/**', '**/renderer/**', ...node, 'better-sqlite3*'],
          message: 'The preload exposes the contract and nothing else.',
        },
      ]),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrict([
        {
          group: [
            'electron',
            ...node,
            'better-sqlite3*',
            '**/main/**',
            '**/preload/**',
            '**/cli/**',
          ],
          message: 'The renderer talks to the world only through window.custodia.',
        },
      ]),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['electron', '**/renderer/**', '**/preload/**'],
          message: 'The CLI is headless: it uses the core only.',
        },
      ]),
    },
  },
  {
    files: ['bin/**/*.cjs', 'src/main/core/reports/engine/render-worker-dev.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
