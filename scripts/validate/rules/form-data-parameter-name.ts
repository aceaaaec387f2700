import { pointer } from '../context.js';
import { checkEach, everyParameter } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  notAscii: (name: string) => `Form field '${name}' has characters outside US-ASCII, which a form field name cannot carry; rename it with ASCII letters, digits and '_' (x-ms-summary can keep the display name).`,
};

/** A form field name travels in a Content-Disposition header, which Power Platform writes in US-ASCII only. */
const rule = defineRule({
  id: 'form-data-parameter-name',
  description: 'formData parameter names use only US-ASCII characters.',
  docs: ruleDocs('form-data-parameter-name'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyParameter, ({ parameter, definedAt }) => {
    if (parameter.in !== 'formData' || typeof parameter.name !== 'string' || /^[\x20-\x7e]*$/.test(parameter.name)) return undefined;
    return {
      pointer: pointer(definedAt, 'name'),
      message: messages.notAscii(parameter.name),
    };
  }),
});
export default rule;
