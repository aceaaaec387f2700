import { defineConfig } from 'vitest/config';

/** `npm run test:slow`: the long suites kept out of `npm test` (soak, corpus-style, many processes). */
export default defineConfig({
  test: {
    include: ['**/*.slow.test.ts'],
    exclude: ['node_modules/**', 'dist/**', '.tmp/**'],
    maxWorkers: 2,
    testTimeout: 120_000,
    passWithNoTests: true,
    reporters: ['default', './test/reporters/slowest-files.ts'],
  },
});
