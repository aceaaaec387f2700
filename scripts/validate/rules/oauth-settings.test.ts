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
    { name: 'generic OAuth 2', apiProperties: withSettings({ identityProvider: 'oauth2', customParameters: { authorizationUrl: { value: 'https://contoso.com/a' } } }) },
  ],
  invalid: [
    { name: 'no identityProvider', apiProperties: withSettings({ clientId: 'x' }), pointers: [AT] },
    { name: 'AAD without resourceUri', apiProperties: withSettings({ identityProvider: 'aad', customParameters: {} }), pointers: [`${AT}/customParameters`], message: /resourceUri/ },
    { name: 'a bare customParameter value', apiProperties: withSettings({ identityProvider: 'aad', customParameters: { resourceUri: 'https://api.contoso.com' } }), pointers: [`${AT}/customParameters/resourceUri`] },
    { name: 'a boolean IsFirstParty', apiProperties: withSettings({ identityProvider: 'oauth2', properties: { IsFirstParty: false } }), pointers: [`${AT}/properties/IsFirstParty`] },
    { name: 'an unknown redirectMode', apiProperties: withSettings({ identityProvider: 'oauth2', redirectMode: 'Local' }), pointers: [`${AT}/redirectMode`] },
  ],
});
