import { BODY_SCHEMA, goodProperties, goodSchema, lookupSwagger } from '../dynamic-fixtures.js';
import { testRule } from '../testing.js';
import rule from './dynamic-schema-target-exists.js';

testRule(rule, {
  valid: [{ name: 'an existing schema operation', swagger: lookupSwagger() }],
  invalid: [
    {
      name: 'a missing schema operation',
      swagger: lookupSwagger(undefined, { 'x-ms-dynamic-schema': { ...goodSchema, operationId: 'Nope' }, 'x-ms-dynamic-properties': goodProperties }),
      pointers: [`${BODY_SCHEMA}/x-ms-dynamic-schema/operationId`],
    },
  ],
});
