/**
 * A schema's type as the connector reference page writes it: the format when it says more than
 * the type (`date-time`, `double`), the definition's name for a `$ref`, `dynamic` when the shape
 * comes from x-ms-dynamic-schema, and `array of X` for arrays.
 */
import type { Schema } from '../../../../connector/kit/index.js';

/** Formats the page shows instead of the plain type; int32/int64 read as plain `integer`. */
const SHOWN_FORMATS: ReadonlySet<string> = new Set([
  'date-time',
  'date',
  'date-no-tz',
  'double',
  'float',
  'byte',
  'binary',
  'uri',
  'email',
  'uuid',
  'html',
  'password',
]);

export function typeText(schema: Schema): string {
  if ('$ref' in schema) return schema.$ref.slice('#/definitions/'.length);
  if (schema['x-ms-dynamic-schema']) return 'dynamic';
  switch (schema.type) {
    case 'array':
      return `array of ${typeText(schema.items)}`;
    case 'object':
    case 'boolean':
      return schema.type;
    case 'string':
    case 'number':
    case 'integer':
      return schema.format !== undefined && SHOWN_FORMATS.has(schema.format) ? schema.format : schema.type;
  }
}
