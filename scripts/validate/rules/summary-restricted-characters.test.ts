import { op, swagger, testRule } from '../testing.js';
import rule from './summary-restricted-characters.js';

testRule(rule, {
  valid: [{ name: 'words only', swagger: swagger({ '/items': { get: op({ summary: 'Get or list items (V2)' }) } }) }],
  invalid: [
    { name: 'a slash', swagger: swagger({ '/items': { get: op({ summary: 'Get/list items' }) } }), pointers: ['/paths/~1items/get/summary'], message: /'\/'/ },
    { name: 'braces', swagger: swagger({ '/items': { get: op({ summary: 'Get {item}' }) } }), pointers: ['/paths/~1items/get/summary'] },
  ],
});
