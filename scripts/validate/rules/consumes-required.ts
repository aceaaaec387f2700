import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';
import { consumesOf } from './form-data-consumes.js';

const messages = {
  noConsumes: (name: string) => `${name} sends a body but declares no consumes; add "consumes": ["application/json"].`,
};

/** Without `consumes` the platform cannot choose a Content-Type for the body it sends. */
const rule = defineRule({
  id: 'consumes-required',
  description: 'Operations with a body declare `consumes` (on the operation or the document).',
  docs: ruleDocs('consumes-required'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (e, ctx) =>
    ctx.parameters(e).some((p) => p.parameter.in === 'body') && (consumesOf(ctx, e) ?? []).length === 0
      ? { pointer: pointer(e.at), message: messages.noConsumes(e.operationId ?? e.path) }
      : undefined,
  ),
});
export default rule;
