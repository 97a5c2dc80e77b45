import { defineConfig } from 'vitest/config';

// Three projects: pure rules; the API suite on the embedded database; the same API suite on a
// real PostgreSQL server (a throwaway cluster unless TEST_DATABASE_URL is given).
const apiTests = ['server/**/*.api.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/**/*.rules.test.ts', 'common/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'pglite',
          include: apiTests,
          // Run one project after the other: each database kind has its own global setup.
          sequence: { groupOrder: 1 },
          env: { TEST_DB: 'pglite' },
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each PGlite copy takes about 800 MB; two at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'postgres',
          include: apiTests,
          sequence: { groupOrder: 2 },
          env: { TEST_DB: 'postgres' },
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
