import { op, swagger, testRule } from '../testing.js';
import rule from './no-secrets-swagger.js';

const withHeader = (parameter: Record<string, unknown>) =>
  swagger({ '/items': { get: op({ parameters: [{ name: 'x-api-key', in: 'header', type: 'string', ...parameter }] }) } });
const withProperty = (name: string, schema: Record<string, unknown>) =>
  swagger(undefined, { definitions: { Item: { type: 'object', properties: { [name]: { type: 'string', ...schema } } } } });

testRule(rule, {
  valid: [
    { name: 'a header without a default', swagger: withHeader({}) },
    { name: 'a placeholder default', swagger: withHeader({ default: '<your API key>' }) },
    { name: 'a default from the connection', swagger: withHeader({ default: "@connectionParameters('api_key')" }) },
    { name: 'an ordinary example', swagger: withProperty('FullName', { example: 'Ada Lovelace' }) },
    { name: 'a GUID example', swagger: withProperty('CustomerId', { example: '3c8e0f5a-9d21-47b6-b0e4-6f1a2d7c9e53' }) },
    { name: 'a URL example', swagger: withProperty('Link', { example: 'https://contoso.com/a1b2c3d4e5f6g7h8i9j0' }) },
    { name: 'a token placeholder', swagger: withProperty('accessToken', { example: '{token}' }) },
  ],
  invalid: [
    { name: 'a literal key as a header default', swagger: withHeader({ default: 'S3cr3t-Header-Value-abc123' }), pointers: ['/paths/~1items/get/parameters/0/default'], message: /x-api-key/ },
    { name: 'a password example', swagger: withProperty('password', { example: 'hunter22' }), pointers: ['/definitions/Item/properties/password/example'] },
    { name: 'a random-looking example under any name', swagger: withProperty('Note', { example: 'AKIAQ7x9Lm2Pz4Rt8Vw1Yb6Nc3' }), pointers: ['/definitions/Item/properties/Note/example'] },
    {
      name: 'a literal Authorization value in an x-ms extension',
      swagger: swagger(undefined, { 'x-ms-connector-metadata': [{ propertyName: 'Auth', propertyValue: 'x' }], 'x-ms-notes': 'Bearer eyJhbGciOiJIUzI1NiJ9abc' }),
      pointers: ['/x-ms-notes'],
    },
  ],
});
