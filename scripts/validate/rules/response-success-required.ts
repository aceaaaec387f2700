import { asObject, pointer } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';

/** The platform judges a call by its 2xx responses; an operation must declare at least one. */
const rule = defineRule({
  id: 'response-success-required',
  description: 'Every operation declares at least one 2xx response.',
  docs: ruleDocs('response-success-required'),
  appliesTo: 'swagger',
  severity: { custom: 'warning', certification: 'error' },
  check: (ctx) =>
    ctx.operations
      // An operation with no responses at all is operation-responses-required's: one problem, one finding.
      .filter((e) => Object.keys(asObject(e.operation.responses) ?? {}).some((code) => !code.startsWith('x-')))
      .filter((e) => !Object.keys(asObject(e.operation.responses) ?? {}).some((code) => /^2(\d\d|xx)$/i.test(code))) // '2XX' is response-code-valid's
      .map((e) => ({ pointer: pointer(e.at, 'responses'), message: `${e.method.toUpperCase()} ${e.path} declares no success (2xx) response; add the 200 (or 201, 202, 204) response it returns.` })),
});
export default rule;
