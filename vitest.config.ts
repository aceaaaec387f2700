import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const include = ['**/*.test.ts'];
// *.slow.test.ts (soak, corpus-style, many processes) run under `npm run test:slow` instead,
// so `npm test` stays under a minute.
const exclude = ['node_modules/**', 'dist/**', '.tmp/**', '**/*.slow.test.ts'];

/**
 * Test files that replace modules (vi.mock, vi.doMock): those run each in a fresh module graph.
 * Every other file shares its worker's loaded modules with the files before it, which spares
 * re-importing the same sources for each of a few hundred files (most of the suite's CPU time).
 */
function filesThatMockModules(dir = '.'): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || ['node_modules', 'dist'].includes(entry.name)) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesThatMockModules(file));
    else if (entry.name.endsWith('.test.ts') && !entry.name.endsWith('.slow.test.ts') && /\bvi\.(do)?mock\(/.test(readFileSync(file, 'utf8'))) {
      found.push(file.split(path.sep).join('/'));
    }
  }
  return found;
}
const mocking = filesThatMockModules();

export default defineConfig({
  test: {
    // Type-level contracts live in *.test-d.ts: `npm test` type-checks them, with everything else,
    // in its one `tsc --noEmit`, so vitest does not check them a second time.
    typecheck: { enabled: false },
    // The machines have two cores; more workers only adds contention.
    maxWorkers: 2,
    testTimeout: 20_000,
    reporters: ['default', './test/reporters/slowest-files.ts'],
    projects: [
      { extends: true, test: { name: 'shared', include, exclude: [...exclude, ...mocking], isolate: false } },
      ...(mocking.length > 0 ? [{ extends: true as const, test: { name: 'isolated', include: mocking, exclude, isolate: true } }] : []),
    ],
  },
});
