/**
 * A vitest reporter that ends the run with its slowest test files (import plus tests, per file), so
 * the file that pushes `npm test` past its minute shows up in the run that made it slow.
 */
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const SHOWN = 8;

export default class SlowestFiles implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const rows = testModules
      .map((module) => {
        const { collectDuration, duration, setupDuration } = module.diagnostic();
        return { file: path.relative(process.cwd(), module.moduleId), ms: collectDuration + setupDuration + duration };
      })
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN);
    if (rows.length === 0) return;
    const lines = rows.map(({ file, ms }) => `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file}`);
    process.stdout.write(`\nSlowest test files (import + tests, each in its worker):\n${lines.join('\n')}\n`);
  }
}
