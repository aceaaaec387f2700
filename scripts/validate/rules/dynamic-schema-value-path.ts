import { asObject, pointer } from '../context.js';
import { followPath, successSchema } from '../dynamic.js';
import { checkEach, everyDynamicUse } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  pathMissing: (operationId: string, missing: string, field: 'value-path' | 'itemValuePath', path: string) => `'${operationId}' does not return '${missing}', so ${field} '${path}' finds no schema.`,
};

/** The dynamic shape is read from `value-path` of the schema operation's response; it must be there. */
const rule = defineRule({
  id: 'dynamic-schema-value-path',
  description: "x-ms-dynamic-schema's value-path (and x-ms-dynamic-properties' itemValuePath) exist in the target's response schema.",
  docs: ruleDocs('dynamic-schema-value-path'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyDynamicUse, (use, ctx) => {
    const out: Finding[] = [];
    for (const [key, field] of [['x-ms-dynamic-schema', 'value-path'], ['x-ms-dynamic-properties', 'itemValuePath']] as const) {
      const extension = asObject(use.holder[key]);
      const id = extension?.operationId;
      const path = extension?.[field];
      const target = typeof id === 'string' ? ctx.operationsById.get(id) : undefined;
      const response = target ? successSchema(ctx, target) : undefined;
      if (!response || typeof path !== 'string' || path === '') continue;
      const found = followPath(ctx, response, path);
      if (found.kind === 'missing') out.push({ pointer: pointer(use.at, key, field), message: messages.pathMissing(String(id), found.at, field, path) });
    }
    return out;
  }),
});
export default rule;
