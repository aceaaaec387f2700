/**
 * Regenerates the rule table in README.md (between the rules markers) from the ruleset:
 *   npx tsx scripts/validate/write-rules-table.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from './ruleset.js';
import { withRulesTable } from './rules-table.js';

const readmePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md');
const before = readFileSync(readmePath, 'utf8');
const after = withRulesTable(before, rules);
if (after !== before) writeFileSync(readmePath, after);
process.stdout.write(after === before ? 'README.md rule table is up to date\n' : `README.md rule table updated (${rules.length} rules)\n`);
