import { apiProperties, testRule } from '../testing.js';
import rule from './policy-connection-parameters.js';

const withHostPolicy = (urlTemplate: string, connectionParameters: object = { hostname: { type: 'string' } }) =>
  apiProperties({ connectionParameters, policyTemplateInstances: [{ templateId: 'dynamichosturl', title: 'Host', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': urlTemplate } }] });
const AT = '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.urlTemplate';

testRule(rule, {
  valid: [
    { name: 'an existing parameter', apiProperties: withHostPolicy("https://@connectionParameters('hostname')/api") },
    { name: 'a name in another case (the platform ignores case)', apiProperties: withHostPolicy("https://@connectionParameters('HostName')/api") },
    { name: 'a sub-parameter of an existing one', apiProperties: withHostPolicy("https://@connectionParameters('token:TenantId').contoso.com", { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad' } } }) },
  ],
  invalid: [
    { name: 'dynamichosturl naming a missing parameter', apiProperties: withHostPolicy("https://@connectionParameters('host')/api", { instance: { type: 'string' } }), pointers: [AT], message: /has no parameter 'host'.*Its parameters are instance/ },
    { name: 'a near miss, with a suggestion', apiProperties: withHostPolicy("https://@connectionParameters('hostnme')/api"), pointers: [AT], message: /Did you mean 'hostname'\?/ },
    { name: 'no connection parameters at all', apiProperties: withHostPolicy("@connectionParameters('instance')/api", {}), pointers: [AT], message: /Its parameters are none/ },
  ],
});
