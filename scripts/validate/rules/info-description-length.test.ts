import { swagger, testRule } from '../testing.js';
import rule from './info-description-length.js';

const withDescription = (description: string) => swagger(undefined, { info: { title: 'Contoso', version: '1.0', description } });

testRule(rule, {
  valid: [
    { name: '30 characters', swagger: withDescription('d'.repeat(30)) },
    { name: '500 characters', swagger: withDescription('d'.repeat(500)) },
  ],
  invalid: [
    { name: 'too short', swagger: withDescription('Tasks.'), pointers: ['/info/description'], message: /6 characters/ },
    { name: 'too long', swagger: withDescription('d'.repeat(501)), pointers: ['/info/description'] },
  ],
});
