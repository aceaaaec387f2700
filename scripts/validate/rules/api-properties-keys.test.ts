import { apiProperties, testRule } from '../testing.js';
import rule from './api-properties-keys.js';

testRule(rule, {
  valid: [
    // Unknown keys inside properties are ignored by the platform: api-properties-unknown-keys warns about them.
    { name: 'an unknown key inside properties', apiProperties: apiProperties({ throttling: { calls: 100 } }) },
    { name: 'the usual keys', apiProperties: apiProperties({ publisher: 'Contoso', policyTemplateInstances: [] }) },
    { name: 'keys the schema misses but the platform takes', apiProperties: apiProperties({ scriptOperations: [], connectionParameterSets: { values: [] } }) },
  ],
  invalid: [
    { name: 'a key beside properties at the root', apiProperties: { properties: { iconBrandColor: '#007ee5' }, throttling: { calls: 100 } }, pointers: ['/throttling'], message: /only 'properties'/ },
    { name: 'a root key', apiProperties: { ...apiProperties(), description: 'x' }, pointers: ['/description'] },
    { name: 'no iconBrandColor', apiProperties: { properties: { capabilities: [] } }, pointers: ['/properties'], message: /iconBrandColor/ },
    { name: 'no properties', apiProperties: {}, pointers: [''] },
    { name: 'capabilities as a string', apiProperties: apiProperties({ capabilities: 'actions' }), pointers: ['/properties/capabilities'] },
  ],
});
