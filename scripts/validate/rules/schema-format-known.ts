import { pointer } from '../context.js';
import type { PointerSegments } from '../../core/json-pointer.js';
import { checkAll, checkEach, everyParameter, everySchema } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** The formats Microsoft's apiDefinition schema allows (with its own date-no-tz and html). */
export const FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'date', 'date-time', 'password', 'date-no-tz', 'email', 'html', 'uri', 'uuid'];

const messages = {
  unknownFormat: (format: unknown) => `format ${JSON.stringify(format)} is not one Power Platform knows (${FORMATS.join(', ')}).`,
};

function formatFinding(value: Record<string, unknown>, where: PointerSegments): Finding | undefined {
  const format = value.format;
  // An empty format is common in certified connectors and means none.
  if (format === undefined || format === '' || (typeof format === 'string' && FORMATS.includes(format))) return undefined;
  return { pointer: pointer(where, 'format'), message: messages.unknownFormat(format) };
}

const rule = defineRule({
  id: 'schema-format-known',
  description: `format is one of ${FORMATS.join(', ')}.`,
  docs: ruleDocs('schema-format-known'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkAll(
    checkEach(everySchema, ({ schema, at }) => formatFinding(schema, at)),
    checkEach(everyParameter, (p) => (p.parameter.in !== 'body' ? formatFinding(p.parameter, p.definedAt) : undefined)),
  ),
});
export default rule;
