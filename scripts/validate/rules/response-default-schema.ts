import { asObject, pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  schemaOnDefault: () => 'The default response has a schema; move the output schema to the 2xx response.',
};

/** Microsoft's validator rejects a schema on `default`: outputs come from the 2xx response only. */
const rule = defineRule({
  id: 'response-default-schema',
  description: 'The `default` response has no schema.',
  docs: ruleDocs('response-default-schema'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (e, ctx) =>
    asObject(ctx.resolve(asObject(e.operation.responses)?.default, [])?.value)?.schema !== undefined
      ? { pointer: pointer(e.at, 'responses', 'default'), message: messages.schemaOnDefault() }
      : undefined,
  ),
});
export default rule;
