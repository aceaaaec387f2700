import { BODY_SCHEMA, goodProperties, goodSchema, lookupSwagger } from '../dynamic-fixtures.js';
import { testRule } from '../testing.js';
import rule from './dynamic-schema-properties-pairing.js';

testRule(rule, {
  valid: [
    { name: 'an agreeing pair', swagger: lookupSwagger() },
    {
      name: 'value-path ending in /properties',
      swagger: lookupSwagger(undefined, { 'x-ms-dynamic-schema': { ...goodSchema, 'value-path': 'schema/properties' }, 'x-ms-dynamic-properties': goodProperties }),
    },
    {
      name: 'a body property referenced by name in one form and by path in the other',
      swagger: lookupSwagger(undefined, { 'x-ms-dynamic-schema': goodSchema, 'x-ms-dynamic-properties': { ...goodProperties, parameters: { project: { parameterReference: 'item/project' } } } }),
    },
  ],
  invalid: [
    {
      name: 'a mismatched itemValuePath',
      swagger: lookupSwagger(undefined, { 'x-ms-dynamic-schema': goodSchema, 'x-ms-dynamic-properties': { ...goodProperties, itemValuePath: 'schema/properties' } }),
      pointers: [`${BODY_SCHEMA}/x-ms-dynamic-properties/itemValuePath`],
      message: /should be 'schema'/,
    },
    {
      name: 'a different operation',
      swagger: lookupSwagger(undefined, { 'x-ms-dynamic-schema': goodSchema, 'x-ms-dynamic-properties': { ...goodProperties, operationId: 'ListProjects' } }),
      pointers: [`${BODY_SCHEMA}/x-ms-dynamic-properties/operationId`],
    },
  ],
});
