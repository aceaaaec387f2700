import { apiProperties, testRule } from '../testing.js';
import rule from './policy-template-known.js';

const withTemplate = (templateId: unknown) => apiProperties({ policyTemplateInstances: [{ templateId, title: 'x', parameters: {} }] });

testRule(rule, {
  valid: [
    { name: 'a documented template', apiProperties: withTemplate('dynamichosturl') },
    { name: 'a Microsoft-applied template', apiProperties: withTemplate('setconnectionstatustounauthenticated') },
  ],
  invalid: [
    { name: 'an unknown template', apiProperties: withTemplate('ratelimit'), pointers: ['/properties/policyTemplateInstances/0/templateId'], message: /not a policy template/ },
    { name: 'a case variant', apiProperties: withTemplate('DynamicHostUrl'), pointers: ['/properties/policyTemplateInstances/0/templateId'], message: /'dynamichosturl'/ },
    { name: 'a name every object has', apiProperties: withTemplate('constructor'), pointers: ['/properties/policyTemplateInstances/0/templateId'], message: /not a policy template/ },
    { name: 'no templateId', apiProperties: withTemplate(undefined), pointers: ['/properties/policyTemplateInstances/0'] },
  ],
});
