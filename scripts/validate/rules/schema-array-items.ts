import type { PointerSegments } from '../../core/json-pointer.js';
import { asObject, pointer } from '../context.js';
import { checkAll, checkEach, everyOperation, everySchema } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  missingItems: () => "An array needs 'items' describing its elements.",
};

function itemsFinding(value: Record<string, unknown>, where: PointerSegments): Finding | undefined {
  if (value.type !== 'array' || value.items !== undefined) return undefined;
  return { pointer: pointer(where), message: messages.missingItems() };
}

/** An array without `items` has no element type: swagger-parser rejects it and the designer cannot show it. */
const rule = defineRule({
  id: 'schema-array-items',
  description: "Arrays (schemas, parameters, headers) define 'items'.",
  docs: ruleDocs('schema-array-items'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkAll(
    checkEach(everySchema, ({ schema, at }) => itemsFinding(schema, at)),
    checkEach(everyOperation, (entry, ctx) => {
      const out: Finding[] = [];
      const add = (finding: Finding | undefined) => finding && out.push(finding);
      for (const p of ctx.parameters(entry)) if (p.parameter.in !== 'body') add(itemsFinding(p.parameter, p.definedAt));
      for (const [code, raw] of Object.entries(asObject(entry.operation.responses) ?? {})) {
        for (const [name, header] of Object.entries(asObject(asObject(raw)?.headers) ?? {})) {
          const h = asObject(header);
          if (h) add(itemsFinding(h, [...entry.at, 'responses', code, 'headers', name]));
        }
      }
      return out;
    }),
  ),
});
export default rule;
