/**
 * Lint rules: Next's (core web vitals, React hooks, TypeScript), unused code as errors, and the
 * import boundaries of docs/architecture.md, so that a component cannot load data, the content
 * layer cannot reach into pages, and nothing in lib/ depends on the benchmarks.
 */
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** An import rule: `from` may not import anything matching `regex`, and why. */
const forbid = (files, rules) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: rules.map(([regex, message]) => ({ regex, message })) }],
  },
});

const CONTENT_LAYER = [
  '(^@/lib/content/|(^|/)lib/content/|^\\.\\./content/|^node:child_process$|^node:fs$)',
  'components receive data as props: the content layer, git and the file system are for pages and scripts (docs/architecture.md)',
];
const PAGES_AND_COMPONENTS = [
  '(^@/(app|components)/|(^|/)(app|components)/)',
  'the libraries never import pages or components (docs/architecture.md)',
];
const BENCH = [
  '(^@/bench/|(^|/)bench/)',
  'lib/ never depends on the benchmarks; shared test data lives in tests/helpers (docs/architecture.md)',
];
const CONTENT_FROM_LIB = [
  '(^@/lib/content/|^\\.\\./content/)',
  'only pages, emitters and scripts read the content layer (docs/architecture.md)',
];
const NEXT_LINK = [
  '^next/link$',
  'link with components/link.tsx (a plain <a>): the site publishes no client-navigation payloads (docs/architecture.md)',
];
const UPWARD_FROM_MODEL = [
  '(^@/lib/(content|search|emit)/|^\\.\\./(content|search|emit)/|^node:)',
  'the model is vocabulary everyone imports: it depends on nothing but itself (docs/architecture.md)',
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': 'error',
      'no-control-regex': 'error',
    },
  },
  // No client-side navigation: the build does not publish Next's page payloads (lib/emit/payloads.ts).
  forbid(['app/**'], [NEXT_LINK]),
  forbid(
    ['components/**'],
    [
      CONTENT_LAYER,
      NEXT_LINK,
      [
        '(^@/lib/emit/|^node:)',
        'components run in the page: no build emitters, no Node modules (docs/architecture.md)',
      ],
    ],
  ),
  forbid(
    ['lib/content/**'],
    [
      PAGES_AND_COMPONENTS,
      BENCH,
      [
        '(^@/lib/(search|emit)/|^\\.\\./(search|emit)/)',
        'the content layer builds the corpus; search and emitters consume it (docs/architecture.md)',
      ],
    ],
  ),
  forbid(['lib/search/**'], [PAGES_AND_COMPONENTS, BENCH, CONTENT_FROM_LIB]),
  forbid(['lib/emit/**'], [PAGES_AND_COMPONENTS, BENCH]),
  forbid(['lib/model/**'], [PAGES_AND_COMPONENTS, BENCH, UPWARD_FROM_MODEL]),
  globalIgnores([
    '.next/**',
    'out/**',
    '.build/**',
    'node_modules/**',
    'next-env.d.ts',
    'tests/fixtures/**',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
