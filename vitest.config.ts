import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    // *.slow.test.ts (soak, corpus-style, many processes) run under `npm run test:slow` instead,
    // so `npm test` stays under a minute.
    exclude: ['node_modules/**', 'dist/**', '.tmp/**', '**/*.slow.test.ts'],
    // Type-level contracts live in *.test-d.ts and run through tsc.
    typecheck: {
      enabled: true,
      include: ['**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    // The machines have two cores; more workers only adds contention.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
