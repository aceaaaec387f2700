import { goodList, goodValues, lookupSwagger, PICKER } from '../dynamic-fixtures.js';
import { testRule } from '../testing.js';
import rule from './dynamic-values-list-pairing.js';

testRule(rule, {
  valid: [
    { name: 'an agreeing pair', swagger: lookupSwagger() },
    { name: 'values alone, with plain parameters', swagger: lookupSwagger({ 'x-ms-dynamic-values': goodValues }) },
    { name: 'literals in both forms', swagger: lookupSwagger({ 'x-ms-dynamic-values': { ...goodValues, parameters: { workspace: 'main' } }, 'x-ms-dynamic-list': { ...goodList, parameters: { workspace: { value: 'main' } } } }) },
  ],
  invalid: [
    { name: 'different value paths', swagger: lookupSwagger({ 'x-ms-dynamic-values': goodValues, 'x-ms-dynamic-list': { ...goodList, itemValuePath: 'name' } }), pointers: [`${PICKER}/x-ms-dynamic-list`], message: /itemValuePath 'name'/ },
    {
      name: 'different arguments',
      swagger: lookupSwagger({ 'x-ms-dynamic-values': goodValues, 'x-ms-dynamic-list': { ...goodList, parameters: { workspace: { value: 'main' } } } }),
      pointers: [`${PICKER}/x-ms-dynamic-list`],
      message: /different values/,
    },
    {
      name: 'a body property reference without the list form',
      swagger: lookupSwagger({ 'x-ms-dynamic-values': { ...goodValues, parameters: { workspace: { parameter: 'item/workspace' } } } }),
      pointers: [`${PICKER}/x-ms-dynamic-values`],
      message: /body property/,
    },
  ],
});
