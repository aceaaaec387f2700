import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    // *.slow.test.ts (soak, corpus-style, many processes) run under `npm run test:slow` instead,
    // so `npm test` stays under a minute.
    exclude: ['node_modules/**', 'dist/**', '.tmp/**', '**/*.slow.test.ts'],
    // Type-level contracts live in *.test-d.ts: `npm test` type-checks them, with everything else,
    // in its one `tsc --noEmit`, so vitest does not check them a second time.
    typecheck: { enabled: false },
    // The machines have two cores; more workers only adds contention.
    maxWorkers: 2,
    testTimeout: 20_000,
    reporters: ['default', './test/reporters/slowest-files.ts'],
  },
});
