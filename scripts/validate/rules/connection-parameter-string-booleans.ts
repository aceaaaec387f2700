import { asObject, pointer } from '../context.js';
import { connectionParameters } from '../api-properties.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  notStringBoolean: (name: string, key: 'required' | 'hidden', value: unknown) => `${name}: constraints.${key} must be the string "true" or "false" (got ${JSON.stringify(value)}).`,
};

/** The apiProperties schema types uiDefinition.constraints.required and hidden as the strings "true"/"false". */
const rule = defineRule({
  id: 'connection-parameter-string-booleans',
  description: 'uiDefinition.constraints.required and hidden are the strings "true"/"false", not booleans.',
  docs: ruleDocs('connection-parameter-string-booleans'),
  appliesTo: 'apiProperties',
  messages,
  severity: { custom: 'warning', certification: 'warning' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { name, parameter, at } of connectionParameters(ctx.apiProperties)) {
      const constraints = asObject(asObject(parameter.uiDefinition)?.constraints);
      for (const key of ['required', 'hidden'] as const) {
        const value = constraints?.[key];
        if (value === undefined || value === 'true' || value === 'false') continue;
        out.push({ pointer: pointer(at, 'uiDefinition', 'constraints', key), message: messages.notStringBoolean(name, key, value) });
      }
    }
    return out;
  },
});
export default rule;
