import { asObject, pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  secondSchema: (code: string, first: string) => `Response ${code} has a schema besides response ${first}; keep one schema per operation.`,
};

/** The designer takes outputs from one response; a second schema is ignored or rejected. */
const rule = defineRule({
  id: 'response-single-schema',
  description: 'At most one response (besides `default`) has a schema.',
  docs: ruleDocs('response-single-schema'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (e, ctx) => {
    const responses = asObject(e.operation.responses) ?? {};
    const withSchema = Object.keys(responses).filter(
      (code) => code !== 'default' && !code.startsWith('x-') && asObject(ctx.resolve(responses[code], [])?.value)?.schema !== undefined,
    );
    return withSchema.slice(1).map((code) => ({
      pointer: pointer(e.at, 'responses', code, 'schema'),
      message: messages.secondSchema(code, withSchema[0]!),
    }));
  }),
});
export default rule;
