// The project's lint rules (ESLint with typescript-eslint), run by `npm test` (tests/unit/architecture).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Tweet text and names are untrusted: nothing Careline writes into a page is parsed as HTML. */
const NO_HTML_SINKS = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Set text, never HTML (docs/trust.md).' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Set text, never HTML (docs/trust.md).' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Set text, never HTML (docs/trust.md).' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML (docs/trust.md).' },
  { selector: "CallExpression[callee.name=/^(eval|Function)$/]", message: 'No eval: extensions run no generated code.' },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'demo-output/**', 'bench-results/**',
      'tests/fixtures/x-markup/**', 'tests/fixtures/**/dist/**', 'eval/corpus/**', 'stats.html',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Product code; tests may build a page from saved markup.
    files: ['lib/**', 'components/**', 'entrypoints/**', 'server/**'],
    rules: { 'no-restricted-syntax': ['error', ...NO_HTML_SINKS] },
  },
  {
    files: ['**/*.tsx'],
    // The fake X's composer imitates X's own React code, not Careline's.
    ignores: ['tests/fixtures/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
