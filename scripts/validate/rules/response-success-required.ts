import { asObject, pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  noSuccess: (operation: string) => `${operation} declares no success (2xx) response; add the 200 (or 201, 202, 204) response it returns.`,
};

/** The platform judges a call by its 2xx responses; an operation must declare at least one. */
const rule = defineRule({
  id: 'response-success-required',
  description: 'Every operation declares at least one 2xx response.',
  docs: ruleDocs('response-success-required'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (e) => {
    const codes = Object.keys(asObject(e.operation.responses) ?? {});
    // An operation with no responses at all is operation-responses-required's: one problem, one finding.
    if (!codes.some((code) => !code.startsWith('x-'))) return undefined;
    if (codes.some((code) => /^2(\d\d|xx)$/i.test(code))) return undefined; // '2XX' is response-code-valid's
    return {
      pointer: pointer(e.at, 'responses'),
      message: messages.noSuccess(`${e.method.toUpperCase()} ${e.path}`),
    };
  }),
});
export default rule;
