import { swagger, testRule } from '../testing.js';
import rule from './info-title-length.js';

const withTitle = (title: string) => swagger(undefined, { info: { title, version: '1.0', description: 'x'.repeat(40) } });

testRule(rule, {
  valid: [{ name: '30 characters', swagger: withTitle('A'.repeat(30)) }],
  invalid: [{ name: '31 characters', swagger: withTitle('A'.repeat(31)), pointers: ['/info/title'], message: /31 characters/ }],
});
