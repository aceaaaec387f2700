import { apiProperties, testRule } from '../testing.js';
import rule from './connection-parameter-types.js';

const withParameters = (connectionParameters: object) => apiProperties({ connectionParameters });

testRule(rule, {
  valid: [
    {
      name: 'the usual kinds',
      apiProperties: withParameters({
        api_key: { type: 'securestring', uiDefinition: { displayName: 'API Key' } },
        'token:TenantId': { type: 'string', metadata: { sourceType: 'AzureActiveDirectoryTenant' } },
        token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad' } },
      }),
    },
    // Spellings certified connectors use and the platform accepts.
    { name: 'a type in another case', apiProperties: withParameters({ token: { type: 'oAuthSetting', oAuthSettings: { identityProvider: 'aad' } } }) },
    { name: 'oauthSettings in lower case', apiProperties: withParameters({ token: { type: 'oauthSetting', oauthSettings: { identityProvider: 'aad' } } }) },
    { name: "names with '-', '.' and spaces", apiProperties: withParameters({ 'contentgate-DnsName': { type: 'string' }, 'API Key': { type: 'securestring' }, 'x-Auth-Email': { type: 'string' } }) },
  ],
  invalid: [
    { name: 'an unknown type', apiProperties: withParameters({ key: { type: 'password' } }), pointers: ['/properties/connectionParameters/key/type'], message: /securestring/ },
    { name: 'an OAuth sub-parameter', apiProperties: withParameters({ 'token:x': { type: 'oauthSetting', oAuthSettings: {} } }), pointers: ['/properties/connectionParameters/token:x/type'] },
    { name: 'OAuth without settings', apiProperties: withParameters({ token: { type: 'oauthSetting' } }), pointers: ['/properties/connectionParameters/token'] },
    {
      name: 'a bad name inside a parameter set',
      apiProperties: apiProperties({ connectionParameterSets: { values: [{ name: 'key', parameters: { "api'key": { type: 'securestring' } } }] } }),
      pointers: ["/properties/connectionParameterSets/values/0/parameters/api'key"],
    },
  ],
});
