/**
 * Renders the Microsoft catalogue (microsoft-rules.ts): the overview page microsoft-rules.md and the
 * "Microsoft errors" section of each rule page. Pure functions of the data, so a test can tell when
 * the files on disk are stale.
 */
import { MICROSOFT_ERRORS, MICROSOFT_PAGE, microsoftErrorsFor, type MicrosoftError } from './microsoft-rules.js';

const START = '<!-- microsoft:start -->';
const END = '<!-- microsoft:end -->';

function cell(error: MicrosoftError): string {
  if (error.rules && error.rules.length > 0) return error.rules.map((id) => `[\`${id}\`](rules/${id}.md)`).join(', ');
  return `not checkable offline: ${error.offline ?? ''}`;
}

export function renderMicrosoftRules(errors: readonly MicrosoftError[] = MICROSOFT_ERRORS): string {
  const checked = errors.filter((e) => e.rules && e.rules.length > 0).length;
  const lines = [
    "# Microsoft's Swagger Validator errors",
    '',
    '<!-- Generated from scripts/validate/microsoft-rules.ts by `npx tsx scripts/validate/microsoft-rules-write.ts`; do not edit by hand. -->',
    '',
    `Every error on Microsoft's page [Fix Swagger Validator errors](${MICROSOFT_PAGE}), the rule set`,
    "the platform's own validator applies, with the rule of this validator that reports it, or why it",
    `cannot be checked from the connector files. ${checked} of ${errors.length} are checked; ${errors.length - checked} cannot be checked offline.`,
    'Microsoft reports them all as errors; each rule page says why its severity in the `custom` profile',
    'is what it is (some are warnings there because certified connectors ship with them).',
  ];
  let section: string | undefined;
  for (const error of errors) {
    if (error.section !== section) {
      section = error.section;
      lines.push('', `## ${section}`, '', '| Microsoft error | Checked by |', '|---|---|');
    }
    lines.push(`| ${error.name} | ${cell(error)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The rule page with its generated section (inserted before "## Incorrect" the first time). */
export function withMicrosoftSection(page: string, ruleId: string): string {
  const names = microsoftErrorsFor(ruleId);
  const body = names.length > 0
    ? `Microsoft's Swagger Validator errors this rule reports: ${names.map((n) => `\`${n}\``).join(', ')} (see [the catalogue](../microsoft-rules.md)).`
    : "No error on Microsoft's Swagger Validator list corresponds to this rule; it checks what the platform or paconn does beyond that list (see [the catalogue](../microsoft-rules.md)).";
  const section = `${START}\n## Microsoft errors\n\n${body}\n${END}`;
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start >= 0 && end > start) return `${page.slice(0, start)}${section}${page.slice(end + END.length)}`;
  const at = page.indexOf('## Incorrect');
  if (at < 0) return `${page.trimEnd()}\n\n${section}\n`;
  return `${page.slice(0, at)}${section}\n\n${page.slice(at)}`;
}
