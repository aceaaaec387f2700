import { BODY_SCHEMA, goodProperties, goodSchema, lookupSwagger } from '../dynamic-fixtures.js';
import { testRule } from '../testing.js';
import rule from './dynamic-schema-value-path.js';

testRule(rule, {
  valid: [{ name: 'a returned value-path', swagger: lookupSwagger() }],
  invalid: [
    {
      name: 'a value-path the operation does not return',
      swagger: lookupSwagger(undefined, { 'x-ms-dynamic-schema': { ...goodSchema, 'value-path': 'shape' }, 'x-ms-dynamic-properties': { ...goodProperties, itemValuePath: 'shape' } }),
      pointers: [`${BODY_SCHEMA}/x-ms-dynamic-schema/value-path`, `${BODY_SCHEMA}/x-ms-dynamic-properties/itemValuePath`],
    },
  ],
});
