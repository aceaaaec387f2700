import { op, swagger, testRule } from '../testing.js';
import rule from './schema-constraints.js';

const definition = (schema: object) => swagger(undefined, { definitions: { A: schema } });

testRule(rule, {
  valid: [
    { name: 'consistent constraints', swagger: definition({ type: 'integer', minimum: 1, maximum: 10, default: 5, enum: [1, 5, 10], 'x-ms-enum-values': [{ value: 5, displayName: 'Five' }] }) },
    { name: 'a valid pattern', swagger: definition({ type: 'string', pattern: '^[a-z]+$' }) },
  ],
  invalid: [
    { name: 'an empty enum', swagger: definition({ type: 'string', enum: [] }), pointers: ['/definitions/A'], message: /enum is empty/ },
    { name: 'a default of the wrong type', swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'n', in: 'query', type: 'integer', default: '5' }] }) } }), pointers: ['/paths/~1items/get/parameters/0'], message: /not of type integer/ },
    { name: 'minimum above maximum', swagger: definition({ type: 'number', minimum: 5, maximum: 1 }), pointers: ['/definitions/A'] },
    { name: 'a broken pattern', swagger: definition({ type: 'string', pattern: '([a-z' }), pointers: ['/definitions/A'] },
    { name: 'an enum value of the wrong type', swagger: definition({ type: 'integer', enum: [1, 'two'] }), pointers: ['/definitions/A'], message: /enum value "two" is not of type integer/ },
    { name: 'a value twice in x-ms-enum-values', swagger: definition({ type: 'string', enum: ['a'], 'x-ms-enum-values': [{ value: 'a', displayName: 'A' }, { value: 'a', displayName: 'Also A' }] }), pointers: ['/definitions/A'], message: /twice/ },
    { name: 'enum values outside enum', swagger: definition({ type: 'string', enum: ['a'], 'x-ms-enum-values': [{ value: 'b', displayName: 'B' }] }), pointers: ['/definitions/A'], message: /"b"/ },
  ],
});
