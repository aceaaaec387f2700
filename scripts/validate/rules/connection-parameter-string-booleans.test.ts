import { apiProperties, testRule } from '../testing.js';
import rule from './connection-parameter-string-booleans.js';

const withConstraints = (constraints: object) => apiProperties({ connectionParameters: { api_key: { type: 'securestring', uiDefinition: { constraints } } } });

testRule(rule, {
  valid: [{ name: 'strings', apiProperties: withConstraints({ required: 'true', hidden: 'false', clearText: false }) }],
  invalid: [
    { name: 'booleans', apiProperties: withConstraints({ required: true, hidden: false }), pointers: ['/properties/connectionParameters/api_key/uiDefinition/constraints/required', '/properties/connectionParameters/api_key/uiDefinition/constraints/hidden'] },
  ],
});
