import { pointer } from '../context.js';
import { checkEach, everyParameter } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  notRequired: (parameter: string) => `Path parameter '${parameter}' must have "required": true.`,
};

/** A path cannot be built without its variables: Swagger 2.0 requires `required: true` on path parameters. */
const rule = defineRule({
  id: 'path-parameter-required',
  description: 'Path parameters have `required: true`.',
  docs: ruleDocs('path-parameter-required'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyParameter, ({ parameter, definedAt }) =>
    parameter.in !== 'path' || parameter.required === true
      ? undefined
      : { pointer: pointer(definedAt), message: messages.notRequired(String(parameter.name)) },
  ),
});
export default rule;
