/**
 * Entity attributes (`IAttributeMetadata.dataType`, Edm-like names such as `Edm.String`,
 * `Int64`, `DateTimeOffset`) as JSON Schema (the Swagger 2.0 dialect `x-ms-dynamic-schema` reads).
 */
import type { AttributeMetadata, EntityMetadata } from './context.js';

type JsonSchema = Record<string, unknown>;

/** Data type (without `Edm.`, lower case) → property schema. Anything else is a string. */
export const dataTypeSchemas: Readonly<Record<string, JsonSchema>> = {
  string: { type: 'string' },
  guid: { type: 'string', format: 'uuid' },
  boolean: { type: 'boolean' },
  bool: { type: 'boolean' },
  byte: { type: 'integer', format: 'int32' },
  sbyte: { type: 'integer', format: 'int32' },
  int16: { type: 'integer', format: 'int32' },
  int32: { type: 'integer', format: 'int32' },
  int64: { type: 'integer', format: 'int64' },
  integer: { type: 'integer', format: 'int64' },
  long: { type: 'integer', format: 'int64' },
  double: { type: 'number', format: 'double' },
  single: { type: 'number', format: 'float' },
  decimal: { type: 'number', format: 'double' },
  number: { type: 'number', format: 'double' },
  date: { type: 'string', format: 'date' },
  datetime: { type: 'string', format: 'date-time' },
  datetimeoffset: { type: 'string', format: 'date-time' },
  'date-time': { type: 'string', format: 'date-time' },
  time: { type: 'string' },
  timeofday: { type: 'string' },
  binary: { type: 'string', format: 'byte' },
};

export function attributeSchema(attribute: AttributeMetadata): JsonSchema {
  const type = (attribute.dataType ?? 'string').replace(/^edm\./i, '').toLowerCase();
  const title = attribute.friendlyName && attribute.friendlyName !== '' ? attribute.friendlyName : attribute.name;
  return { ...(dataTypeSchemas[type] ?? { type: 'string' }), title, 'x-ms-summary': title };
}

export function itemSchema(entity: EntityMetadata): JsonSchema {
  const key = entity.keys[0]?.[0]?.name;
  const properties: Record<string, JsonSchema> = {};
  for (const attribute of entity.attributes) {
    properties[attribute.name] = {
      ...attributeSchema(attribute),
      ...(attribute.name === key ? { description: `Identifier of the ${entity.name} item` } : {}),
    };
  }
  // No additionalProperties: false; the REST API may add fields (annotations, new attributes) to rows.
  return { type: 'object', properties };
}

export function entitySchema(entity: EntityMetadata, shape: 'item' | 'list'): JsonSchema {
  const item = itemSchema(entity);
  return shape === 'item' ? item : { type: 'object', properties: { value: { type: 'array', items: item } } };
}
