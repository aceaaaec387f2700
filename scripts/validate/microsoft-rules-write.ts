/**
 * Regenerates scripts/validate/microsoft-rules.md and the "Microsoft errors" section of every rule page
 * from the catalogue data:
 *   npx tsx scripts/validate/microsoft-rules-write.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderMicrosoftRules, withMicrosoftSection } from './microsoft-rules-doc.js';
import { rules } from './ruleset.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let changed = 0;
const write = (file: string, text: string) => {
  const before = (() => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  })();
  if (before !== text) {
    writeFileSync(file, text);
    changed++;
  }
};
write(path.join(root, 'scripts/validate/microsoft-rules.md'), renderMicrosoftRules());
for (const rule of rules) {
  const file = path.join(root, rule.docs);
  write(file, withMicrosoftSection(readFileSync(file, 'utf8'), rule.id));
}
process.stdout.write(changed === 0 ? 'Microsoft catalogue and rule pages are up to date\n' : `${changed} file(s) regenerated\n`);
