import { swagger, testRule } from '../testing.js';
import rule from './info-title-restricted-words.js';

const withTitle = (title: string) => swagger(undefined, { info: { title, version: '1.0' } });

testRule(rule, {
  valid: [
    { name: 'a plain name', swagger: withTitle('Contoso Tasks'), profile: 'certification' },
    { name: 'a word merely containing API', swagger: withTitle('Rapid Tasks'), profile: 'certification' },
  ],
  invalid: [
    { name: 'API', swagger: withTitle('Contoso API'), pointers: ['/info/title'], message: /'API'/ },
    { name: 'Connector', swagger: withTitle('Contoso connector'), pointers: ['/info/title'] },
    { name: 'a product name', swagger: withTitle('Tasks for Power Automate'), pointers: ['/info/title'] },
  ],
});
