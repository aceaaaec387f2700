import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';
import { refNodes } from './ref-location.js';

const messages = {
  otherFile: (ref: string) => `'${ref}' refers to another file; Power Platform takes a single swagger file, so inline it under definitions.`,
  missing: (ref: string) => `'${ref}' does not exist in this document.`,
};

/** paconn uploads one file: every $ref must resolve inside it. */
const rule = defineRule({
  id: 'ref-target-exists',
  description: 'Every $ref points at something that exists in the same file.',
  docs: ruleDocs('ref-target-exists'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { ref, at } of refNodes(ctx)) {
      if (!ref.startsWith('#')) {
        out.push({ pointer: pointer(at, '$ref'), message: messages.otherFile(ref) });
      } else if (!ctx.lookupRef(ref)) {
        out.push({ pointer: pointer(at, '$ref'), message: messages.missing(ref) });
      }
    }
    return out;
  },
});
export default rule;
