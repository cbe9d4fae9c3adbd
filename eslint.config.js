// ESLint (flat config): typescript-eslint's recommended rules, size limits (style.md §9), no import
// cycles, and the layer rule of architecture.md §1 — model → engine → ui / cli, data flowing one way.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** What each layer must not import (paths relative to the file being linted). */
const LAYERS = [
  { from: 'src/model', forbid: ['src/engine', 'src/ui', 'src/cli', 'src/bench', 'src/check'] },
  { from: 'src/engine', forbid: ['src/ui', 'src/cli', 'src/bench', 'src/check'] },
  { from: 'src/check', forbid: ['src/ui', 'src/cli', 'src/bench'] },
  { from: 'src/bench', forbid: ['src/ui', 'src/cli'] },
  { from: 'src/ui', forbid: ['src/cli'] },
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'test-artifacts', 'bench-results', 'scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] })],
    },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  ...LAYERS.map(({ from, forbid }) => ({
    files: [`${from}/**/*.ts`],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: forbid.map((target) => ({
            target: `./${from}`,
            from: `./${target}`,
            message: `${from} must not import ${target} (architecture.md §1).`,
          })),
        },
      ],
    },
  })),
);
