/** Checks an item body against an entity's attributes: unknown fields and wrong types are 400s. */
import { badRequest } from './errors.js';
import type { AttributeDefinition, AttributeType, EntityDefinition, ItemRow } from './model.js';
import { setMember } from '../../scripts/core/json.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function typeProblem(type: AttributeType, value: unknown): string | undefined {
  const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : `must be a string (got ${got})`;
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) ? undefined : `must be an integer (got ${got === 'number' ? String(value) : got})`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `must be a number (got ${got})`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be a boolean (got ${got})`;
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : `must be a date like 2024-05-01 (got ${got === 'string' ? `'${String(value)}'` : got})`;
    case 'date-time':
      return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : `must be an ISO 8601 date-time like 2024-05-01T10:00:00Z (got ${got === 'string' ? `'${String(value)}'` : got})`;
  }
}

/**
 * Validates `body` as an item of `entity` and returns the fields to store. `null` clears a field
 * (it is dropped). With `partial` (update) the key may be absent; a key that differs from the
 * item's is refused, because Update item addresses the item by its id.
 */
export function validateItem(entity: EntityDefinition, attributes: ReadonlyMap<string, AttributeDefinition>, body: unknown, partial: boolean): ItemRow {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('InvalidItem', `The item for entity '${entity.name}' must be a JSON object`);
  }
  const problems: string[] = [];
  const fields: ItemRow = {};
  for (const [name, value] of Object.entries(body)) {
    const attribute = attributes.get(name);
    if (!attribute) {
      problems.push(`unknown field '${name}'`);
      continue;
    }
    if (value === null) {
      if (name === entity.key) problems.push(`'${name}' is the key and cannot be null`);
      setMember(fields, name, null);
      continue;
    }
    const problem = typeProblem(attribute.type, value);
    if (problem) problems.push(`'${name}' ${problem}`);
    else setMember(fields, name, value);
  }
  if (!partial && Object.keys(body).length === 0) problems.push('the item has no fields');
  if (problems.length > 0) {
    const known = entity.attributes.map((a) => a.name).join(', ');
    const hint = problems.some((p) => p.startsWith('unknown field')) ? ` Known fields: ${known}.` : '';
    throw badRequest('InvalidItem', `Invalid item for entity '${entity.name}': ${problems.join('; ')}.${hint}`);
  }
  return fields;
}
