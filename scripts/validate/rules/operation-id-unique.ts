import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  repeated: (operationId: string, first: string) => `operationId '${operationId}' is already used by ${first}.`,
};

/** operationIds name the actions in flows and in x-ms-dynamic-* lookups; two with one name are ambiguous. */
const rule = defineRule({
  id: 'operation-id-unique',
  description: 'operationIds are unique across the swagger.',
  docs: ruleDocs('operation-id-unique'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  // operationsById keeps the first operation of each id, so every later one is a repeat.
  check: checkEach(everyOperation, (entry, ctx) => {
    if (!entry.operationId) return undefined;
    const first = ctx.operationsById.get(entry.operationId);
    if (first === undefined || first === entry) return undefined;
    return {
      pointer: pointer(entry.at, 'operationId'),
      message: messages.repeated(entry.operationId, `${first.method.toUpperCase()} ${first.path}`),
    };
  }),
});
export default rule;
