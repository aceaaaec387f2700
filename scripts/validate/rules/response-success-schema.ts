import { asObject, pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  noOutputs: (what: 'This polling trigger' | 'This action') => `${what} declares no response schema, so it has no outputs; add one if it returns data.`,
};

/**
 * Without a response schema an action has no outputs in the designer. That is right for actions that
 * return nothing (202, 204) and for webhook subscriptions (their outputs are x-ms-notification-content),
 * so it is only ever a hint.
 */
const rule = defineRule({
  id: 'response-success-schema',
  description: 'Actions describe their 2xx output with a schema (a hint: actions that return nothing are fine).',
  docs: ruleDocs('response-success-schema'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'info', certification: 'info' },
  check: checkEach(everyOperation, (e, ctx) => {
    if (e.operation['x-ms-trigger'] === 'single') return [];
    const responses = asObject(e.operation.responses) ?? {};
    const success = Object.keys(responses).filter((code) => /^2\d\d$/.test(code));
    if (success.length === 0) return [];
    const withSchema = success.some((code) => {
      const response = asObject(ctx.resolve(responses[code], [])?.value);
      return response?.schema !== undefined;
    });
    if (withSchema || success.every((code) => code === '204')) return [];
    const what = e.operation['x-ms-trigger'] === 'batch' ? 'This polling trigger' : 'This action';
    return [{ pointer: pointer(e.at, 'responses', success[0]!), message: messages.noOutputs(what) }];
  }),
});
export default rule;
