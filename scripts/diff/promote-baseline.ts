/**
 * `npx tsx scripts/diff/promote-baseline.ts [version]`: after a release, make the released
 * definition the new baseline. Copies generated/apiDefinition.swagger.json and apiProperties.json
 * into baseline/ and resets baseline/accepted-changes.json to the released version with nothing
 * accepted. The version defaults to the generated swagger's info.version.
 */
import { fileURLToPath } from 'node:url';
import { promote } from './baseline.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const result = promote(`${root}generated`, `${root}baseline`, process.argv[2]);
if ('error' in result) {
  process.stderr.write(`promote-baseline: ${result.error}\n`);
  process.exitCode = 2;
} else {
  process.stdout.write(`baseline/ is now release ${result.version}; commit it: git add baseline && git commit\n`);
}
