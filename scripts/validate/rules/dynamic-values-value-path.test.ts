import { goodList, goodValues, lookupSwagger, PICKER } from '../dynamic-fixtures.js';
import { testRule } from '../testing.js';
import rule from './dynamic-values-value-path.js';

testRule(rule, {
  valid: [{ name: 'paths the lookup returns', swagger: lookupSwagger() }],
  invalid: [
    {
      name: 'a collection that is not returned',
      swagger: lookupSwagger({ 'x-ms-dynamic-values': { ...goodValues, 'value-collection': 'items' } }),
      pointers: [`${PICKER}/x-ms-dynamic-values`],
      message: /does not return 'items'/,
    },
    {
      name: 'an item property that does not exist',
      swagger: lookupSwagger({ 'x-ms-dynamic-list': { ...goodList, itemTitlePath: 'title' } }),
      pointers: [`${PICKER}/x-ms-dynamic-list`],
      message: /no 'title'/,
    },
    {
      name: 'no collection on an object response',
      swagger: lookupSwagger({ 'x-ms-dynamic-values': { ...goodValues, 'value-collection': undefined } }),
      pointers: [`${PICKER}/x-ms-dynamic-values`],
      message: /no array/,
    },
  ],
});
