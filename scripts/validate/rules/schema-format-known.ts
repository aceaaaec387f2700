import { pointer } from '../context.js';
import type { PointerSegments } from '../../core/json-pointer.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** The formats Microsoft's apiDefinition schema allows (with its own date-no-tz and html). */
export const FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'date', 'date-time', 'password', 'date-no-tz', 'email', 'html', 'uri', 'uuid'];

const rule = defineRule({
  id: 'schema-format-known',
  description: `format is one of ${FORMATS.join(', ')}.`,
  docs: ruleDocs('schema-format-known'),
  appliesTo: 'swagger',
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out = new Map<string, Finding>();
    const inspect = (value: Record<string, unknown>, where: PointerSegments) => {
      const format = value.format;
      // An empty format is common in certified connectors and means none.
      if (format === undefined || format === '' || (typeof format === 'string' && FORMATS.includes(format))) return;
      const at = pointer(where, 'format');
      out.set(at, { pointer: at, message: `format ${JSON.stringify(format)} is not one Power Platform knows (${FORMATS.join(', ')}).` });
    };
    for (const { schema, at } of ctx.schemas) inspect(schema, at);
    for (const entry of ctx.operations) for (const p of ctx.parameters(entry)) if (p.parameter.in !== 'body') inspect(p.parameter, p.definedAt);
    return [...out.values()];
  },
});
export default rule;
