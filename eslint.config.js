// @ts-check
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering (architecture.md): where a file sits says what it may import. A wrong import fails lint.
 * @param {string[]} files
 * @param {{ group?: string[]; regex?: string; message: string; allowTypeImports?: boolean }[]} patterns
 */
const layer = (files, patterns) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

const electron = { group: ['electron'], message: 'Only the Electron shell (src-main/app, main.ts, preload) may import electron.' };
const react = { group: ['react', 'react-*', '@mantine/*', '**/src-renderer/**'], message: 'The core never imports the renderer or React.' };
const shell = { group: ['**/app/**', '**/app', '**/main'], message: 'Only main.ts composes the Electron shell.' };
const hosts = { group: ['**/preview/**', '**/cli/**'], message: 'Hosts (CLI, preview) sit on top; nothing below imports them.' };
const transports = { group: ['**/ipc/**'], message: 'Services do not know their transports.' };
const services = { group: ['**/services/**'], message: 'The database and platform layers do not import services.' };
const database = { group: ['**/db/**', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: 'Platform code does not touch the database.' };

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-console': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
          distinctGroup: false,
          pathGroups: [{ pattern: '@contract/**', group: 'internal' }],
        },
      ],
      'import-x/no-default-export': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip|todo)$/]",
          message: 'No focused, skipped or todo tests in the repository.',
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.tsx', 'src-renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src-main/**/*.ts', 'test/**/*.ts', '*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Configuration files and hooks whose tools require a default export.
    files: ['*.config.ts', 'test/e2e/global-setup.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    // Command-line programs and the test and benchmark runners talk to a terminal.
    files: ['src-main/cli/**/*.ts', 'test/run-suite.ts', 'test/bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  layer(['src-main/contract/**/*.ts'], [
    { regex: '^(?!zod$)(?!\\./)', message: 'contract/ is pure: it imports only zod and its own files.' },
  ]),
  layer(['src-main/platform/**/*.ts'], [electron, react, shell, hosts, transports, services, database]),
  layer(['src-main/db/**/*.ts'], [electron, react, shell, hosts, transports, services]),
  layer(['src-main/services/**/*.ts'], [electron, react, shell, hosts, transports]),
  layer(['src-main/ipc/**/*.ts'], [{ ...electron, allowTypeImports: true }, react, shell, hosts]),
  layer(['src-main/preview/**/*.ts', 'src-main/cli/**/*.ts'], [electron, react, shell]),
  layer(['src-main/app/**/*.ts', 'src-main/main.ts', 'src-main/preload/**/*.ts'], [react, hosts]),
  layer(['src-renderer/**/*.ts', 'src-renderer/**/*.tsx'], [
    { group: ['electron', 'node:*', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: 'The renderer runs in a sandboxed page: no Node, no Electron, no database.' },
    { group: ['**/src-main/**', '../**/src-main/**'], message: 'The renderer reaches the core only through @contract/* types and src-renderer/api.' },
  ]),
  {
    files: ['**/*.js'],
    languageOptions: { globals: globals.node },
  },
);
