import { apiProperties, testRule } from '../testing.js';
import rule from './policy-template-parameters.js';

const withPolicy = (instance: object) => apiProperties({ policyTemplateInstances: [instance] });
const AT = '/properties/policyTemplateInstances/0';

testRule(rule, {
  valid: [
    { name: 'dynamichosturl', apiProperties: withPolicy({ templateId: 'dynamichosturl', title: 'Host', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('host')" } }) },
    {
      name: 'routerequesttoendpoint for some operations',
      apiProperties: withPolicy({ templateId: 'routerequesttoendpoint', title: 'Route', parameters: { 'x-ms-apimTemplate-operationName': ['GetItem'], 'x-ms-apimTemplateParameter.newPath': '/items/{id}', 'x-ms-apimTemplateParameter.httpMethod': '@Request.OriginalHTTPMethod' } }),
    },
    // Not a template (policy-template-known reports it); looking it up must not reach Object.prototype.
    { name: 'a name every object has', apiProperties: withPolicy({ templateId: 'constructor', title: 'x', parameters: {} }) },
  ],
  invalid: [
    { name: 'a missing required parameter', apiProperties: withPolicy({ templateId: 'dynamichosturl', title: 'Host', parameters: {} }), pointers: [`${AT}/parameters`], message: /urlTemplate/ },
    {
      name: 'an unprefixed parameter name',
      apiProperties: withPolicy({ templateId: 'updatenextlink', title: 'Paging', parameters: { 'x-ms-apimTemplateParameter.nextLinkPropertyName': 'nextLink', nextLinkParentPropertyPath: 'x' } }),
      pointers: [`${AT}/parameters/nextLinkParentPropertyPath`],
    },
    { name: 'a type on a non-polling template', apiProperties: withPolicy({ templateId: 'dynamichosturl', type: 'PollingTrigger', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': 'x' } }), pointers: [`${AT}/type`] },
  ],
});
