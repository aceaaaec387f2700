import { apiProperties, testRule } from '../testing.js';
import rule from './api-properties-keys.js';

testRule(rule, {
  valid: [
    { name: 'the usual keys', apiProperties: apiProperties({ publisher: 'Contoso', policyTemplateInstances: [] }) },
    { name: 'keys the schema misses but the platform takes', apiProperties: apiProperties({ scriptOperations: [], connectionParameterSets: { values: [] } }) },
  ],
  invalid: [
    { name: 'a throttling key', apiProperties: apiProperties({ throttling: { calls: 100 } }), pointers: ['/properties/throttling'], message: /not an apiProperties key/ },
    { name: 'a root key', apiProperties: { ...apiProperties(), description: 'x' }, pointers: ['/description'] },
    { name: 'no iconBrandColor', apiProperties: { properties: { capabilities: [] } }, pointers: ['/properties'], message: /iconBrandColor/ },
    { name: 'no properties', apiProperties: {}, pointers: [''] },
    { name: 'capabilities as a string', apiProperties: apiProperties({ capabilities: 'actions' }), pointers: ['/properties/capabilities'] },
  ],
});
