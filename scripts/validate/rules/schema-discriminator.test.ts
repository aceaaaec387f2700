import { swagger, testRule } from '../testing.js';
import rule from './schema-discriminator.js';

const pet = (extra: object) => swagger(undefined, { definitions: { Pet: { type: 'object', properties: { kind: { type: 'string' }, size: { type: 'integer' } }, ...extra } } });

testRule(rule, {
  valid: [{ name: 'a required string property', swagger: pet({ discriminator: 'kind', required: ['kind'] }) }],
  invalid: [
    { name: 'not required', swagger: pet({ discriminator: 'kind' }), pointers: ['/definitions/Pet/discriminator'], message: /add it to required/ },
    { name: 'not a string', swagger: pet({ discriminator: 'size', required: ['size'] }), pointers: ['/definitions/Pet/discriminator'], message: /type integer/ },
    { name: 'no such property', swagger: pet({ discriminator: 'type', required: ['type'] }), pointers: ['/definitions/Pet/discriminator'], message: /no such property/ },
  ],
});
