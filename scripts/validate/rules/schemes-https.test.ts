import { swagger, testRule } from '../testing.js';
import rule from './schemes-https.js';

testRule(rule, {
  valid: [
    { name: 'https', swagger: swagger(undefined, { schemes: ['https'] }) },
    { name: 'no schemes (https is assumed)', swagger: swagger(undefined, { schemes: undefined }) },
  ],
  invalid: [
    { name: 'empty', swagger: swagger(undefined, { schemes: [] }), pointers: ['/schemes'] },
    { name: 'wss', swagger: swagger(undefined, { schemes: ['https', 'wss'] }), pointers: ['/schemes/1'], message: /"wss"/ },
  ],
});
