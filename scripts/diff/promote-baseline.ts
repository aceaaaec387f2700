/**
 * `npx tsx scripts/diff/promote-baseline.ts [version]`: after releasing, make the released
 * definition the new baseline. Copies generated/apiDefinition.swagger.json and apiProperties.json
 * into baseline/ and resets baseline/accepted-changes.json to the released version with nothing
 * accepted. The version defaults to the generated swagger's info.version.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toStableJson } from '../shared/stable-json.js';
import { ACCEPTED_FILE, BASELINE_FILES, promotedRecord } from './baseline.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const generated = `${root}generated/`;
const baseline = `${root}baseline/`;

try {
  const swagger = JSON.parse(readFileSync(`${generated}apiDefinition.swagger.json`, 'utf8')) as { info?: { version?: unknown } };
  const version = process.argv[2] ?? (typeof swagger.info?.version === 'string' ? swagger.info.version : undefined);
  if (version === undefined) throw new Error('no version given and generated/apiDefinition.swagger.json has no info.version');
  mkdirSync(baseline, { recursive: true });
  for (const file of BASELINE_FILES) copyFileSync(`${generated}${file}`, `${baseline}${file}`);
  writeFileSync(`${baseline}${ACCEPTED_FILE}`, toStableJson(promotedRecord(version)));
  process.stdout.write(`baseline/ is now release ${version}; commit it with: git add baseline && git commit\n`);
} catch (error) {
  process.stderr.write(`promote-baseline: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
