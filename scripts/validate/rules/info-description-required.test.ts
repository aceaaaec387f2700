import { swagger, testRule } from '../testing.js';
import rule from './info-description-required.js';

testRule(rule, {
  valid: [{ name: 'a description', swagger: swagger() }],
  invalid: [{ name: 'missing', swagger: swagger(undefined, { info: { title: 'Contoso', version: '1.0' } }), pointers: ['/info'], message: /paconn/ }],
});
