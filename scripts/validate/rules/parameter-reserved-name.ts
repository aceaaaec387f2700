import { pointer } from '../context.js';
import { checkEach, everyParameter } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const RESERVED = ['connectionid'];

const messages = {
  reserved: (name: string) => `Parameter name '${name}' is reserved by Power Platform; rename it.`,
};

/** The platform uses connectionId itself; a parameter of that name is rejected. */
const rule = defineRule({
  id: 'parameter-reserved-name',
  description: "No parameter is named 'connectionId' (reserved by the platform).",
  docs: ruleDocs('parameter-reserved-name'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyParameter, ({ parameter, at }) => {
    const name = parameter.name;
    if (typeof name !== 'string' || !RESERVED.includes(name.toLowerCase())) return undefined;
    return { pointer: pointer(at, 'name'), message: messages.reserved(name) };
  }),
});
export default rule;
