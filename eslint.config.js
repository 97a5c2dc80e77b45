// Lint: TypeScript's recommended rules, and the direction of imports (ARCHITECTURE.md §3):
// routes → service → (rules, repository); rules import only common/; web/ never imports server/.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const geenServer = { group: ['**/server/**', '../server/*'], message: 'web/ en common/ importeren nooit uit server/.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [geenServer] }] },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [geenServer, { group: ['**/web/**'], message: 'common/ is voor beide kanten en importeert niets van web/.' }] }],
    },
  },
  {
    files: ['server/**/*.rules.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm*', 'fastify*', '@fastify/*', 'pg', '@electric-sql/*', 'node:*', '**/db/**', '**/*.repository', '**/*.service', '**/*.routes'],
              message: 'Regels zijn puur: geen I/O, geen database, geen HTTP. Geef gegevens mee als parameters.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/*.repository', '**/db/**', 'drizzle-orm*'], message: 'Routes roepen een service aan; geen SQL of repository in een route.' }] },
      ],
    },
  },
);
