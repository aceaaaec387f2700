import { swagger, testRule } from '../testing.js';
import rule from './info-title-trailing-character.js';

const withTitle = (title: string) => swagger(undefined, { info: { title, version: '1.0' } });

testRule(rule, {
  valid: [{ name: 'ends with a letter', swagger: withTitle('Contoso Tasks') }],
  invalid: [
    { name: 'a trailing space', swagger: withTitle('Contoso Tasks '), pointers: ['/info/title'] },
    { name: 'a trailing newline', swagger: withTitle('Contoso Tasks\n'), pointers: ['/info/title'] },
  ],
});
