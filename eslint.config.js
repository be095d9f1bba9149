// One flat config for the whole repo: type-aware typescript-eslint, and the architecture rules
// (the browser apps and the domain package never reach the database; Prisma stays inside
// packages/db; shipped code never reaches test code).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Test-only code lives in each package's `test/` folder; the code we ship never imports it.
const testOnly = [
  {
    regex: '(^|/)(test|testing)(/|$)|\\.test-data(\\.ts)?$|\\.test(\\.tsx?)?$',
    message: 'Shipped code never imports test code: test helpers live in the test/ folder.',
  },
  {
    regex: '^(@belonging/domain/csv-probes|vitest|@vitest/.*|@testing-library/.*)$',
    message: 'Shipped code never imports test code: test helpers live in the test/ folder.',
  },
];
// Shipped code: every file under a src folder except the tests beside it (packages/e2e is test code).
const shippedFiles = ['packages/*/src/**', 'apps/*/src/**'];
const testFiles = ['**/*.test.ts', '**/*.test.tsx', 'packages/e2e/**'];

// Prisma and its generated client stay inside packages/db: everything else calls its queries.
const prismaOnlyInDb = {
  group: ['@prisma/*', 'prisma', 'prisma/*', '**/generated/**'],
  message: 'Prisma is used only inside packages/db: call a function from @belonging/db instead.',
};
// Tests, benches and scripts outside packages/db: they too reach the database through @belonging/db.
const nonShippedOutsideDb = [
  '**/*.test.ts',
  '**/*.test.tsx',
  'packages/*/test/**',
  'apps/*/test/**',
  'apps/*/e2e/**',
  'packages/e2e/**',
  'packages/*/bench/**',
  'apps/*/bench/**',
  'packages/*/scripts/**',
];

const serverOnly = {
  paths: [],
  patterns: [
    {
      group: ['@belonging/db', '@belonging/db/*', '@prisma/*'],
      message: 'The database stays on the server: go through the API.',
    },
    {
      group: ['@belonging/api'],
      allowTypeImports: true,
      message: 'Apps use only the AppRouter type from @belonging/api.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/generated/**',
      '**/.turbo/**',
      '**/test-results/**',
      '**/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    files: ['*.js', '*.ts', '.ci/**', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // A later block's no-restricted-imports replaces an earlier one's for the same file, so each
  // block below lists every pattern that applies to its files.
  {
    files: nonShippedOutsideDb,
    ignores: ['packages/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [prismaOnlyInDb] }] },
  },
  {
    files: shippedFiles,
    ignores: [...testFiles, 'packages/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...testOnly, prismaOnlyInDb] }] },
  },
  {
    files: ['packages/db/src/**'],
    ignores: testFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: testOnly }] },
  },
  {
    files: ['apps/web/src/**', 'apps/admin/src/**', 'packages/ui/src/**', 'packages/client/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', serverOnly] },
  },
  {
    files: ['apps/web/src/**', 'apps/admin/src/**', 'packages/ui/src/**', 'packages/client/src/**'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        { ...serverOnly, patterns: [...testOnly, ...serverOnly.patterns] },
      ],
    },
  },
  {
    files: ['packages/domain/src/**'],
    ignores: ['packages/domain/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...testOnly,
            {
              regex: '^(?!zod$|zod/|date-fns$|date-fns/|\\.{1,2}/).*',
              message:
                'The domain package is pure: it imports only zod, date-fns and its own files.',
            },
          ],
        },
      ],
    },
  },
);
