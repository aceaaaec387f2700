import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../../connector/kit/index.js';
import { typeText } from './types.js';

describe('typeText', () => {
  it.each<[Schema, string]>([
    [{ type: 'string' }, 'string'],
    [{ type: 'string', format: 'date-time' }, 'date-time'],
    [{ type: 'integer' }, 'integer'],
    [{ type: 'integer', format: 'int32' }, 'integer'],
    [{ type: 'integer', format: 'int64' }, 'integer'],
    [{ type: 'number' }, 'number'],
    [{ type: 'number', format: 'double' }, 'double'],
    [{ type: 'number', format: 'float' }, 'float'],
    [{ type: 'boolean' }, 'boolean'],
    [{ type: 'object' }, 'object'],
    [{ $ref: '#/definitions/Table' }, 'Table'],
    [{ type: 'array', items: { $ref: '#/definitions/Table' } }, 'array of Table'],
    [{ type: 'array', items: { type: 'object' } }, 'array of object'],
    [{ type: 'array', items: { type: 'array', items: { type: 'string' } } }, 'array of array of string'],
    [{ type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetSchema' } }, 'dynamic'],
  ])('writes %j as %j', (schema, expected) => {
    expect(typeText(schema)).toBe(expected);
  });
});
