import { asObject, has, pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  noResponses: (operation: string) =>
    `${operation} declares no responses; add a 200 response describing what it returns (for example "200": {"description": "OK", "schema": {...}}).`,
};

/**
 * Every operation declares at least one response (Swagger 2.0 requires it; Microsoft's validator
 * says OperationMustHaveResponse). The designer and flows read what an action returns from it.
 */
const rule = defineRule({
  id: 'operation-responses-required',
  description: 'Every operation declares at least one response (a status code or default, not only x- extensions).',
  docs: ruleDocs('operation-responses-required'),
  appliesTo: 'swagger',
  messages,
  // Certified connectors ship webhook subscriptions with "responses": {} and the platform takes them.
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (entry) => {
    const responses = asObject(entry.operation.responses);
    if (has(entry.operation, 'responses') && !responses) return undefined; // A wrong type is swagger-schema's.
    if (responses && Object.keys(responses).some((code) => !code.startsWith('x-'))) return undefined;
    const name = `${entry.method.toUpperCase()} ${entry.path}`;
    return {
      pointer: responses ? pointer([...entry.at, 'responses']) : pointer(entry.at),
      message: messages.noResponses(name),
    };
  }),
});
export default rule;
