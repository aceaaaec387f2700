import type { PointerSegments } from '../../core/json-pointer.js';
import { pointer } from '../context.js';
import { checkAll, checkEach, everyParameter, everySchema } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'to', 'for', 'by', 'with', 'at', 'from', 'as', 'per', 'via', 'vs']);
const MAX = 80;

const messages = {
  tooLong: (length: number) => `x-ms-summary is ${length} characters long; keep it to ${MAX}.`,
  notTitleCase: (summary: string) => `x-ms-summary '${summary}' should be Title Case.`,
};

export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.every((word, i) => {
    const letter = /\p{L}/u.exec(word)?.[0];
    if (letter === undefined) return true;
    if (i > 0 && SMALL.has(word.toLowerCase())) return true;
    return letter === letter.toUpperCase();
  });
}

// Pointers are rendered only for findings: this runs over every schema of the document.
function summaryFinding(summary: unknown, where: PointerSegments): Finding | undefined {
  if (typeof summary !== 'string') return undefined;
  const message =
    summary.length > MAX ? messages.tooLong(summary.length) : isTitleCase(summary) ? undefined : messages.notTitleCase(summary);
  return message ? { pointer: pointer(where, 'x-ms-summary'), message } : undefined;
}

/**
 * String guidance: parameter and property display names (x-ms-summary) are Title Case and short.
 * Microsoft recommends it but does not enforce it, so it is a hint even for certification.
 */
const rule = defineRule({
  id: 'parameter-summary-title-case',
  description: `Parameter and property x-ms-summary values are Title Case and at most ${MAX} characters (certification guidance).`,
  docs: ruleDocs('parameter-summary-title-case'),
  appliesTo: 'swagger',
  messages,
  severity: { certification: 'info' },
  check: checkAll(
    checkEach(everyParameter, (p) => summaryFinding(p.parameter['x-ms-summary'], p.definedAt)),
    checkEach(everySchema, ({ schema, at }) => summaryFinding(schema['x-ms-summary'], at)),
  ),
});
export default rule;
