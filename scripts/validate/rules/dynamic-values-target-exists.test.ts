import { goodList, goodValues, lookupSwagger, PICKER } from '../dynamic-fixtures.js';
import { testRule } from '../testing.js';
import rule from './dynamic-values-target-exists.js';

testRule(rule, {
  valid: [{ name: 'an existing lookup', swagger: lookupSwagger() }],
  invalid: [
    {
      name: 'a misspelt lookup in both forms',
      swagger: lookupSwagger({ 'x-ms-dynamic-values': { ...goodValues, operationId: 'ListProject' }, 'x-ms-dynamic-list': { ...goodList, operationId: 'ListProject' } }),
      pointers: [`${PICKER}/x-ms-dynamic-values/operationId`, `${PICKER}/x-ms-dynamic-list/operationId`],
      message: /'ListProject'/,
    },
  ],
});
