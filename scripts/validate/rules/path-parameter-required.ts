import { pointer } from '../context.js';
import { checkEach, everyParameter } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

/** A path cannot be built without its variables: Swagger 2.0 requires `required: true` on path parameters. */
const rule = defineRule({
  id: 'path-parameter-required',
  description: 'Path parameters have `required: true`.',
  docs: ruleDocs('path-parameter-required'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyParameter, ({ parameter, definedAt }) =>
    parameter.in !== 'path' || parameter.required === true
      ? undefined
      : { pointer: pointer(definedAt), message: `Path parameter '${String(parameter.name)}' must have "required": true.` },
  ),
});
export default rule;
