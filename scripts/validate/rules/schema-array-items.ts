import type { PointerSegments } from '../../core/json-pointer.js';
import { asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** An array without `items` has no element type: swagger-parser rejects it and the designer cannot show it. */
const rule = defineRule({
  id: 'schema-array-items',
  description: "Arrays (schemas, parameters, headers) define 'items'.",
  docs: ruleDocs('schema-array-items'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out = new Map<string, Finding>();
    const add = (value: Record<string, unknown>, where: PointerSegments) => {
      if (value.type !== 'array' || value.items !== undefined) return;
      const at = pointer(where);
      out.set(at, { pointer: at, message: "An array needs 'items' describing its elements." });
    };
    for (const { schema, at } of ctx.schemas) add(schema, at);
    for (const entry of ctx.operations) {
      for (const p of ctx.parameters(entry)) if (p.parameter.in !== 'body') add(p.parameter, p.definedAt);
      for (const [code, raw] of Object.entries(asObject(entry.operation.responses) ?? {})) {
        for (const [name, header] of Object.entries(asObject(asObject(raw)?.headers) ?? {})) {
          const h = asObject(header);
          if (h) add(h, [...entry.at, 'responses', code, 'headers', name]);
        }
      }
    }
    return [...out.values()];
  },
});
export default rule;
