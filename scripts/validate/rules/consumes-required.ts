import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';
import { consumesOf } from './form-data-consumes.js';

/** Without `consumes` the platform cannot choose a Content-Type for the body it sends. */
const rule = defineRule({
  id: 'consumes-required',
  description: 'Operations with a body declare `consumes` (on the operation or the document).',
  docs: ruleDocs('consumes-required'),
  appliesTo: 'swagger',
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (e, ctx) =>
    ctx.parameters(e).some((p) => p.parameter.in === 'body') && (consumesOf(ctx, e) ?? []).length === 0
      ? { pointer: pointer(e.at), message: `${e.operationId ?? e.path} sends a body but declares no consumes; add "consumes": ["application/json"].` }
      : undefined,
  ),
});
export default rule;
