import { pointer } from '../context.js';
import { checkEach, everyParameter } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  bodyOnGet: (method: string, path: string, location: string) => `${method} ${path} has a ${location} parameter; send it as query parameters or use POST.`,
};

/** GET (and HEAD) requests carry no body; the platform drops it and certification rejects it. */
const rule = defineRule({
  id: 'body-on-get',
  description: 'GET and HEAD operations have no body or formData parameters.',
  docs: ruleDocs('body-on-get'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyParameter, ({ parameter, at, operation }) => {
    if (operation.method !== 'get' && operation.method !== 'head') return undefined;
    if (parameter.in !== 'body' && parameter.in !== 'formData') return undefined;
    return {
      pointer: pointer(at),
      message: messages.bodyOnGet(operation.method.toUpperCase(), operation.path, String(parameter.in)),
    };
  }),
});
export default rule;
