import { swagger, testRule } from '../testing.js';
import rule from './swagger-size-limit.js';

testRule(rule, {
  valid: [{ name: 'just under 1 MB', swagger: swagger(), text: 'x'.repeat(1024 * 1024 - 1) }],
  invalid: [
    { name: 'exactly 1 MB', swagger: swagger(), text: 'x'.repeat(1024 * 1024), pointers: [''], message: /1048576 bytes/ },
    { name: 'counted in UTF-8 bytes, not characters', swagger: swagger(), text: 'é'.repeat(600 * 1024), pointers: [''] },
  ],
});
