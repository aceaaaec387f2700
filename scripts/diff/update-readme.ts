/** `npx tsx scripts/diff/update-readme.ts`: rewrites the diff-rules section of README.md from the catalogue. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withRules } from './readme.js';

const readme = fileURLToPath(new URL('../../README.md', import.meta.url));
const before = readFileSync(readme, 'utf8');
const after = withRules(before);
if (after === before) {
  process.stdout.write('README.md diff rules are up to date\n');
} else {
  writeFileSync(readme, after);
  process.stdout.write('README.md diff rules updated\n');
}
