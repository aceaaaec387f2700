import { apiProperties, testRule } from '../testing.js';
import rule from './connection-parameter-names.js';

testRule(rule, {
  valid: [{ name: 'token', apiProperties: apiProperties({ connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad' } } } }) }],
  invalid: [
    { name: 'oauth', apiProperties: apiProperties({ connectionParameters: { oauth: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad' } } } }), pointers: ['/properties/connectionParameters/oauth'], message: /'token'/ },
  ],
});
