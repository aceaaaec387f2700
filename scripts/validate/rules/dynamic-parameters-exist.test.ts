import { goodList, goodValues, lookupSwagger, PICKER } from '../dynamic-fixtures.js';
import { testRule } from '../testing.js';
import rule from './dynamic-parameters-exist.js';

testRule(rule, {
  valid: [{ name: 'matching parameters', swagger: lookupSwagger() }],
  invalid: [
    {
      name: 'an unknown target parameter and a missing required one',
      swagger: lookupSwagger({ 'x-ms-dynamic-values': { ...goodValues, parameters: { space: { parameter: 'workspace' } } } }),
      pointers: [`${PICKER}/x-ms-dynamic-values/parameters/space`, `${PICKER}/x-ms-dynamic-values`],
    },
    {
      name: 'a reference to a parameter the caller does not have',
      swagger: lookupSwagger({ 'x-ms-dynamic-list': { ...goodList, parameters: { workspace: { parameterReference: 'tenant' } } } }),
      pointers: [`${PICKER}/x-ms-dynamic-list/parameters/workspace`],
      message: /'tenant' is not a parameter of CreateItem/,
    },
  ],
});
