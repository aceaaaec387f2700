/** The README's rule table, generated from the rules' data so the two cannot drift apart. */
import { PROFILES, severityFor } from './profiles.js';
import type { Rule } from './types.js';

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

export function rulesTable(rules: readonly Rule[]): string {
  const lines = [
    `| Rule | Applies to | ${PROFILES.map((p) => `\`${p}\``).join(' | ')} | What it checks |`,
    `|---|---|${PROFILES.map(() => '---|').join('')}---|`,
  ];
  for (const rule of rules) {
    const severities = PROFILES.map((profile) => severityFor(rule, profile));
    lines.push(`| [\`${rule.id}\`](${rule.docs}) | ${rule.appliesTo} | ${severities.join(' | ')} | ${rule.description.replace(/\|/g, '\\|')} |`);
  }
  return lines.join('\n');
}

/** The README with the text between the markers replaced; everything outside them is kept byte for byte. */
export function withRulesTable(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n${rulesTable(rules)}\n${readme.slice(end)}`;
}
