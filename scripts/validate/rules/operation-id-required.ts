import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  missing: (method: string, path: string) => `${method} ${path} has no operationId.`,
};

/** Flows refer to operations by operationId; the platform rejects an operation without one. */
const rule = defineRule({
  id: 'operation-id-required',
  description: 'Every operation has a non-empty operationId.',
  docs: ruleDocs('operation-id-required'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyOperation, (e) =>
    e.operationId === undefined || e.operationId.trim() === '' ? { pointer: pointer(e.at), message: messages.missing(e.method.toUpperCase(), e.path) } : undefined,
  ),
});
export default rule;
