import { apiProperties, testRule } from '../testing.js';
import rule from './oauth-custom-parameters.js';

const withCustom = (identityProvider: string, customParameters: object) => apiProperties({ connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider, customParameters } } } });

testRule(rule, {
  valid: [
    { name: 'AAD names', apiProperties: withCustom('aad', { resourceUri: { value: 'x' }, tenantId: { value: 'common' }, enableOnbehalfOfLogin: { value: 'false' } }) },
    { name: 'an unknown provider is not judged', apiProperties: withCustom('DocuSign', { anything: { value: 'x' } }) },
  ],
  invalid: [{ name: 'an OAuth 2 name on AAD', apiProperties: withCustom('aad', { resourceUri: { value: 'x' }, tokenUrl: { value: 'y' } }), pointers: ['/properties/connectionParameters/token/oAuthSettings/customParameters/tokenUrl'] }],
});
