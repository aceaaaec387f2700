import { randomBytes } from 'node:crypto';
import { op, swagger, testRule } from '../testing.js';
import rule from './no-secrets-swagger.js';

const withHeader = (parameter: Record<string, unknown>) =>
  swagger({ '/items': { get: op({ parameters: [{ name: 'x-api-key', in: 'header', type: 'string', ...parameter }] }) } });
const withProperty = (name: string, schema: Record<string, unknown>) =>
  swagger(undefined, { definitions: { Item: { type: 'object', properties: { [name]: { type: 'string', ...schema } } } } });

/**
 * Secret-shaped values are made per run, so the repository itself carries none for a scanner (or a
 * reader) to take for a leaked credential; each keeps the shape its case is about.
 */
const base64 = (bytes: number) => randomBytes(bytes).toString('base64');
const base64url = (bytes: number) => randomBytes(bytes).toString('base64url');
const upperAlnum = (length: number) =>
  Array.from(randomBytes(length), (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[b % 32]).join('');
const headerKey = `${base64url(18)}9`;
const accessKeyLike = `AKIA${upperAlnum(16)}`;

testRule(rule, {
  valid: [
    { name: 'a header without a default', swagger: withHeader({}) },
    { name: 'a placeholder default', swagger: withHeader({ default: '<your API key>' }) },
    { name: 'a default from the connection', swagger: withHeader({ default: "@connectionParameters('api_key')" }) },
    { name: 'an ordinary example', swagger: withProperty('FullName', { example: 'Ada Lovelace' }) },
    { name: 'a GUID example', swagger: withProperty('CustomerId', { example: '3c8e0f5a-9d21-47b6-b0e4-6f1a2d7c9e53' }) },
    { name: 'a URL example', swagger: withProperty('Link', { example: 'https://contoso.com/a1b2c3d4e5f6g7h8i9j0' }) },
    { name: 'a token placeholder', swagger: withProperty('accessToken', { example: '{token}' }) },
    { name: 'a name about a credential, not one', swagger: withProperty('passwordPolicy', { default: 'Strict2024' }) },
    { name: 'a word that is no secret under a credential name', swagger: withHeader({ name: 'X-Atlassian-Token', default: 'no-check' }) },
    { name: 'a 32-digit hex id', swagger: withProperty('CustomerId', { example: '77e1c83b7bb0437bbc50a7a58e5660ac' }) },
    { name: 'an opaque paging cursor', swagger: withProperty('next_offset', { example: 'eyJzdWJqZWN0IjpudWxsLCJsb2dpbiI6IjU2MDQwMjQ5MjUxIn0K' }) },
    { name: 'display text in an extension', swagger: withHeader({ 'x-ms-summary': 'API key token for the Secret store 2' }) },
  ],
  invalid: [
    { name: 'a literal key as a header default', swagger: withHeader({ default: headerKey }), pointers: ['/paths/~1items/get/parameters/0/default'], message: /x-api-key/ },
    { name: 'a password example', swagger: withProperty('password', { example: 'hunter22' }), pointers: ['/definitions/Item/properties/password/example'] },
    { name: 'a well-known key prefix under any name', swagger: withProperty('Note', { example: accessKeyLike }), pointers: ['/definitions/Item/properties/Note/example'] },
    { name: 'a high-entropy base64 value under any name', swagger: withProperty('code', { default: base64(40) }), pointers: ['/definitions/Item/properties/code/default'] },
    { name: 'a flow signature as a query default', swagger: withHeader({ name: 'sig', in: 'query', default: base64url(32) }), pointers: ['/paths/~1items/get/parameters/0/default'] },
    {
      name: 'a literal Authorization value in an x-ms extension',
      swagger: swagger(undefined, { 'x-ms-connector-metadata': [{ propertyName: 'Auth', propertyValue: 'x' }], 'x-ms-notes': 'Bearer eyJhbGciOiJIUzI1NiJ9abc' }),
      pointers: ['/x-ms-notes'],
    },
  ],
});
