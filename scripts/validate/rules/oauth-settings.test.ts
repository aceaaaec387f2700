import { apiProperties, testRule } from '../testing.js';
import rule from './oauth-settings.js';

const withSettings = (oAuthSettings: object) => apiProperties({ connectionParameters: { token: { type: 'oauthSetting', oAuthSettings } } });
const AT = '/properties/connectionParameters/token/oAuthSettings';

testRule(rule, {
  valid: [
    {
      name: 'a complete AAD block',
      apiProperties: withSettings({ identityProvider: 'aad', clientId: 'dummy', scopes: [], redirectMode: 'GlobalPerConnector', customParameters: { resourceUri: { value: 'https://api.contoso.com' }, loginUri: { value: 'https://login.microsoftonline.com' } } }),
    },
    // As certified connectors write them: keys in any case, values left to the provider's default.
    { name: 'ResourceUri capitalised', apiProperties: withSettings({ identityProvider: 'aad', customParameters: { ResourceUri: { value: 'https://graph.microsoft.com' } } }) },
    { name: 'the resource in properties', apiProperties: withSettings({ identityProvider: 'aad', customParameters: {}, properties: { IsFirstParty: 'False', AzureActiveDirectoryResourceId: 'https://api.contoso.com' } }) },
    { name: 'a null customParameter value', apiProperties: withSettings({ identityProvider: 'aad', customParameters: { resourceUri: { value: null }, tenantId: {} } }) },
    { name: 'a JSON false IsFirstParty', apiProperties: withSettings({ identityProvider: 'oauth2', properties: { IsFirstParty: false } }) },
    { name: 'aadcertificate without properties', apiProperties: withSettings({ identityProvider: 'aadcertificate', customParameters: { resourceUri: { value: 'https://management.core.windows.net' } } }) },
    { name: 'oauthSettings in lower case', apiProperties: apiProperties({ connectionParameters: { token: { type: 'oauthSetting', oauthSettings: { identityProvider: 'aad', customParameters: { ResourceUri: { value: 'https://x.contoso.com' } } } } } }) },
    { name: 'generic OAuth 2', apiProperties: withSettings({ identityProvider: 'oauth2', customParameters: { authorizationUrl: { value: 'https://contoso.com/a' } } }) },
  ],
  invalid: [
    { name: 'no identityProvider', apiProperties: withSettings({ clientId: 'x' }), pointers: [AT] },
    { name: 'AAD without resourceUri', apiProperties: withSettings({ identityProvider: 'aad', customParameters: {} }), pointers: [`${AT}/customParameters`], message: /resourceUri/ },
    { name: 'a bare customParameter value', apiProperties: withSettings({ identityProvider: 'aad', customParameters: { resourceUri: 'https://api.contoso.com' } }), pointers: [`${AT}/customParameters/resourceUri`] },
    { name: 'a JSON true IsFirstParty', apiProperties: withSettings({ identityProvider: 'oauth2', properties: { IsFirstParty: true } }), pointers: [`${AT}/properties/IsFirstParty`] },
    { name: 'a number as a customParameter value', apiProperties: withSettings({ identityProvider: 'oauth2', customParameters: { scopeListDelimiter: { value: 1 } } }), pointers: [`${AT}/customParameters/scopeListDelimiter`] },
    { name: 'aadcertificate that is not first party', apiProperties: withSettings({ identityProvider: 'aadcertificate', customParameters: { resourceUri: { value: 'https://x.contoso.com' } }, properties: { IsFirstParty: 'False' } }), pointers: [`${AT}/properties/IsFirstParty`] },
    { name: 'an unknown redirectMode', apiProperties: withSettings({ identityProvider: 'oauth2', redirectMode: 'Local' }), pointers: [`${AT}/redirectMode`] },
  ],
});
