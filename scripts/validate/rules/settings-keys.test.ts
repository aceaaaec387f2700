import { testRule } from '../testing.js';
import rule from './settings-keys.js';

testRule(rule, {
  valid: [
    { name: 'what paconn writes', settings: { connectorId: 'shared_contoso-5f', environment: 'Default-6f2c4e7a-1b2c-4d3e-8f9a-0b1c2d3e4f5a', apiProperties: 'apiProperties.json', apiDefinition: 'apiDefinition.swagger.json', icon: 'icon.png', script: 'script.csx', powerAppsApiVersion: '2016-11-01' } },
  ],
  invalid: [
    { name: 'an unknown key', settings: { apiDefinitions: 'x.json' }, pointers: ['/apiDefinitions'], message: /does not read/ },
    { name: 'a non-GUID environment', settings: { environment: 'production' }, pointers: ['/environment'] },
    { name: 'not an object', settings: ['x'], pointers: [''] },
  ],
});
