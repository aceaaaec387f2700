/**
 * The JSON schema (Swagger 2.0 dialect) of an entity's items, as the GetEntitySchema operation
 * returns it for `x-ms-dynamic-schema`: `shape=item` describes one item, `shape=list` the body of
 * Get items (`{ value: [item] }`).
 */
import type { AttributeType, EntityDefinition } from './model.js';

export type SchemaShape = 'item' | 'list';

export interface JsonSchema {
  [keyword: string]: unknown;
}

function propertySchema(type: AttributeType): JsonSchema {
  switch (type) {
    case 'integer':
      return { type: 'integer', format: 'int64' };
    case 'number':
      return { type: 'number', format: 'double' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'date-time':
      return { type: 'string', format: 'date-time' };
    default:
      return { type };
  }
}

export function itemSchema(entity: EntityDefinition): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const attribute of entity.attributes) {
    properties[attribute.name] = {
      ...propertySchema(attribute.type),
      title: attribute.displayName,
      'x-ms-summary': attribute.displayName,
      ...(attribute.name === entity.key ? { description: `Identifier of the ${entity.displayName} item` } : {}),
    };
  }
  // additionalProperties=false states what Create/Update enforce: unknown fields are refused.
  return { type: 'object', properties, additionalProperties: false };
}

export function entitySchema(entity: EntityDefinition, shape: SchemaShape): JsonSchema {
  const item = itemSchema(entity);
  if (shape === 'item') return item;
  return { type: 'object', properties: { value: { type: 'array', items: item } } };
}
