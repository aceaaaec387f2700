import { swagger, testRule } from '../testing.js';
import rule from './schema-required-properties.js';

const definition = (schema: object) => swagger(undefined, { definitions: { A: schema } });

testRule(rule, {
  valid: [
    { name: 'required names a property', swagger: definition({ type: 'object', required: ['id'], properties: { id: { type: 'string' } } }) },
    { name: 'properties from allOf', swagger: definition({ allOf: [{ type: 'object' }], required: ['id'], properties: { x: {} } }) },
  ],
  invalid: [
    { name: 'required on a string', swagger: swagger(undefined, { definitions: { A: { type: 'string', required: ['x'] } } }), pointers: ['/definitions/A/required'], message: /type string, not object/ },
    { name: 'an undefined property', swagger: definition({ type: 'object', required: ['id', 'nme'], properties: { id: { type: 'string' } } }), pointers: ['/definitions/A/required/1'], message: /'nme'/ },
    { name: 'an empty list', swagger: definition({ type: 'object', required: [], properties: {} }), pointers: ['/definitions/A/required'] },
  ],
});
