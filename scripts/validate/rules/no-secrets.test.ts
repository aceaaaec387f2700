import { randomBytes } from 'node:crypto';
import { apiProperties, testRule } from '../testing.js';
import rule from './no-secrets.js';

/** Shaped like an Entra ID client secret, made per run: the repository carries no secret-looking value. */
const generatedSecret = `${randomBytes(3).toString('base64url')}~${randomBytes(24).toString('base64url')}`;
const oauth = (clientSecret: unknown) => apiProperties({ connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', clientId: 'abc', clientSecret } } } });
const header = (name: string, value: string) =>
  apiProperties({ policyTemplateInstances: [{ templateId: 'setheader', title: 'Auth', parameters: { 'x-ms-apimTemplateParameter.name': name, 'x-ms-apimTemplateParameter.value': value } }] });

testRule(rule, {
  valid: [
    { name: 'no client secret', apiProperties: oauth(undefined) },
    { name: 'a placeholder secret', apiProperties: oauth('dummy') },
    { name: 'a header from the connection', apiProperties: header('Authorization', "Bearer @connectionParameters('api_key')") },
    { name: 'a harmless header', apiProperties: header('Accept', 'application/json') },
    // Stand-ins and expressions certified connectors use; paconn replaces clientSecret with --secret.
    { name: 'a [[DUMMY]] secret', apiProperties: oauth('[[DUMMY]]') },
    { name: 'a dummy-value secret', apiProperties: oauth('dummy-value') },
    { name: 'a test secret', apiProperties: oauth('test') },
    { name: 'a secret that says where it comes from', apiProperties: oauth('Value-From-Your-App-Registration') },
    { name: 'a header from another header', apiProperties: header('Authorization', "Bearer @headers('Authorization')") },
    { name: 'a dummy header', apiProperties: header('Authorization', 'dummy-value') },
  ],
  invalid: [
    { name: 'a real-looking client secret', apiProperties: oauth(generatedSecret), pointers: ['/properties/connectionParameters/token/oAuthSettings/clientSecret'], message: /--secret/ },
    { name: 'a literal API key header', apiProperties: header('X-API-Key', generatedSecret), pointers: ['/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.value'] },
    {
      name: 'a secure default',
      apiProperties: apiProperties({ connectionParameters: { api_key: { type: 'securestring', defaultValue: generatedSecret } } }),
      pointers: ['/properties/connectionParameters/api_key/defaultValue'],
    },
  ],
});
