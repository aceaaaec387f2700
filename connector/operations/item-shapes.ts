/**
 * The dynamic schemas of the item operations: each asks GetEntitySchema for the chosen entity,
 * so the designer shows the entity's own fields.
 */
import { dynamicShape } from '../kit/index.js';
import type { ObjectSchema } from '../kit/index.js';
import { GetEntitySchema } from './GetEntitySchema.js';

export function itemShape(shape: 'item' | 'list'): ObjectSchema {
  return {
    type: 'object',
    ...dynamicShape(GetEntitySchema, {
      parameters: { dataset: { from: 'dataset' }, table: { from: 'table' }, shape },
      valuePath: 'schema',
    }),
  };
}
