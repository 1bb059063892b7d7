// Lint rules, and the layer table of docs/architecture.md as import rules: a wrong import fails
// `npm run lint`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What a layer may not import: folders (gitignore-style patterns on the import path) and packages. */
const forbidPackages = (...names) =>
  names.map((name) => ({ group: [name, `${name}/*`], message: `This layer may not import ${name} (docs/architecture.md, Layers).` }));
const rule = (folders, packages = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...folders.map((folder) => ({
          group: [`**/${folder}/**`, `../${folder}`, `../../lib/${folder}`, `../../${folder}`],
          message: `This layer may not import ${folder}/ (docs/architecture.md, Layers).`,
        })),
        ...forbidPackages(...packages),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.tmp/**', 'tests/fixtures/**/*.js', 'bench/floor-extension/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='setTimeout'] > ArrowFunctionExpression[body.type='Identifier'][body.name='r']",
          message: 'No sleeps in tests: wait for a condition.',
        },
      ],
    },
  },
  // Content scripts: their own code, the recognizer and the plain model constants; no zod, no database.
  {
    files: ['entrypoints/*.content.ts', 'lib/content/**'],
    rules: rule(['db', 'state', 'report', 'backup', 'background', 'messaging', 'domains', 'components'], ['dexie', 'zustand', 'preact', 'zod']),
  },
  {
    files: ['lib/crm/**'],
    rules: rule(['db', 'state', 'report', 'backup', 'background', 'messaging', 'domains', 'content', 'components'], ['dexie', 'zustand', 'preact', 'wxt']),
  },
  {
    files: ['lib/model/**'],
    rules: rule(
      ['db', 'state', 'report', 'backup', 'background', 'messaging', 'domains', 'content', 'crm', 'components'],
      ['dexie', 'zustand', 'preact', 'wxt'],
    ),
  },
  {
    files: ['lib/report/**'],
    rules: rule(['db', 'state', 'backup', 'background', 'messaging', 'domains', 'content', 'crm', 'components'], ['dexie', 'zustand', 'preact', 'wxt']),
  },
  { files: ['lib/db/**'], rules: rule(['state', 'backup', 'background', 'messaging', 'domains', 'content', 'components'], ['zustand', 'preact']) },
  // Export, import and backup: the formats, checks and merge rules are pure; only the db-* files reach the database.
  {
    files: ['lib/backup/**'],
    ignores: ['lib/backup/db-*'],
    rules: rule(['db', 'state', 'background', 'messaging', 'domains', 'content', 'crm', 'components'], ['dexie', 'zustand', 'preact', 'wxt']),
  },
  { files: ['lib/backup/db-*'], rules: rule(['state', 'background', 'messaging', 'domains', 'content', 'crm', 'components'], ['zustand', 'preact']) },
  { files: ['lib/state/**'], rules: rule(['background', 'messaging', 'domains', 'content', 'components']) },
  { files: ['components/**'], rules: rule(['db', 'state', 'backup', 'background', 'messaging', 'domains', 'content', 'crm', 'entrypoints'], ['dexie', 'wxt']) },
  // WXT auto-imports its storage module (9 KB, with code that runs on load) into any file that
  // declares a name `storage` it does not recognise as local, such as a parameter: no such names.
  {
    files: ['entrypoints/**', 'lib/**', 'components/**', 'modules/**'],
    rules: { 'id-denylist': ['error', 'storage'] },
  },
  // Pages reach the database through a state module, like the panel.
  { files: ['entrypoints/dashboard/**', 'entrypoints/options/**', 'entrypoints/sidepanel/**', 'entrypoints/welcome/**'], rules: rule(['db']) },
  {
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
