import { op, swagger, testRule } from '../testing.js';
import rule from './parameter-unique.js';

const q = (name: string, type = 'string') => ({ name, in: 'query', type });

testRule(rule, {
  valid: [
    { name: 'same name, different locations', swagger: swagger({ '/items': { get: op({ parameters: [q('a'), { name: 'a', in: 'header', type: 'string' }] }) } }) },
    { name: 'an operation overriding its path item', swagger: swagger({ '/items': { parameters: [q('a')], get: op({ parameters: [q('a', 'integer')] }) } }) },
  ],
  invalid: [
    { name: 'twice in one list', swagger: swagger({ '/items': { get: op({ parameters: [q('a'), q('a', 'integer')] }) } }), pointers: ['/paths/~1items/get/parameters/1'], message: /declared twice/ },
    {
      name: 'twice through a $ref',
      swagger: swagger({ '/items': { get: op({ parameters: [q('a'), { $ref: '#/parameters/A' }] }) } }, { parameters: { A: q('a') } }),
      pointers: ['/paths/~1items/get/parameters/1'],
    },
  ],
});
