/**
 * The README's list of diff rules, generated from the catalogue so the two cannot drift apart.
 * Only the text between the diff-rules markers is ours; the rest of README.md belongs to others.
 */
import { ruleIds, ruleset } from './ruleset.js';

export const START = '<!-- diff-rules:start -->';
export const END = '<!-- diff-rules:end -->';

export function renderRules(): string {
  const rows = ruleIds.map(
    (id) => `| [\`${id}\`](${docPath(id)}) | ${ruleset[id].severity} | ${escapeCell(ruleset[id].description)} |`,
  );
  return [
    'Pointers are RFC 6901 JSON pointers into the **new** version for additions and changes, and into',
    'the **old** version for deletions (`side` in the JSON output says which; `document` says whether',
    'it is the swagger or `apiProperties.json`). Operations are matched by `operationId`. Inputs include',
    'body properties (`body/name`); outputs are the 2xx response body and headers, or a webhook',
    "trigger's `x-ms-notification-content` payload; local `$ref`s are followed, recursive schemas stop",
    'at the first repeat. More in `scripts/diff/README.md`.',
    '',
    '| rule | severity | flags |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '**The release gate.** `baseline/` holds the last released `apiDefinition.swagger.json` and',
    '`apiProperties.json`; `test/breaking-changes.test.ts` diffs it against `generated/` and fails on',
    'every breaking change not listed in `baseline/accepted-changes.json`. To ship a breaking change on',
    'purpose, set `version` there to the new connector version and add',
    '`{ "code", "operationId", "pointer", "reason" }` for each change (the failing test prints them ready',
    'to paste; replace each placeholder reason with the real one). After a release,',
    '`npx tsx scripts/diff/promote-baseline.ts [version]` copies `generated/` into `baseline/` and empties',
    'the accepted list (the version defaults to the swagger\'s `info.version`).',
  ].join('\n');
}

/** README text with the section between the markers replaced; throws if the markers are missing. */
export function withRules(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n${renderRules()}\n${readme.slice(end)}`;
}

/** Each rule's page, beside its code; relative to the project root, where README.md is. */
export function docPath(id: string): string {
  return `scripts/diff/rules/${id}.md`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
