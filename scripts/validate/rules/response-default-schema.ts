import { asObject, pointer } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';

/** Microsoft's validator rejects a schema on `default`: outputs come from the 2xx response only. */
const rule = defineRule({
  id: 'response-default-schema',
  description: 'The `default` response has no schema.',
  docs: ruleDocs('response-default-schema'),
  appliesTo: 'swagger',
  severity: { custom: 'warning', certification: 'error' },
  check: (ctx) =>
    ctx.operations
      .filter((e) => asObject(ctx.resolve(asObject(e.operation.responses)?.default, [])?.value)?.schema !== undefined)
      .map((e) => ({ pointer: pointer(e.at, 'responses', 'default'), message: 'The default response has a schema; move the output schema to the 2xx response.' })),
});
export default rule;
