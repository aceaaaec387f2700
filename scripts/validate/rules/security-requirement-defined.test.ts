import { expect, it } from 'vitest';
import { op, swagger, testRule } from '../testing.js';
import rule from './security-requirement-defined.js';

const definitions = {
  securityDefinitions: {
    oauth2: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/a', tokenUrl: 'https://login.contoso.com/t', scopes: { read: 'Read items' } },
    key: { type: 'apiKey', name: 'X-Key', in: 'header' },
  },
};

testRule(rule, {
  valid: [{ name: 'defined schemes', swagger: swagger({ '/items': { get: op({ security: [{ key: [] }] }) } }, { ...definitions, security: [{ oauth2: ['read'] }] }) }],
  invalid: [
    { name: 'an undefined scheme', swagger: swagger(undefined, { ...definitions, security: [{ basic: [] }] }), pointers: ['/security/0/basic'], message: /not defined/ },
    { name: 'a near miss, with a suggestion', swagger: swagger(undefined, { securityDefinitions: { api_key: { type: 'apiKey', name: 'X-Key', in: 'header' } }, security: [{ 'API Key': [] }] }), pointers: ['/security/0/API Key'], message: /Did you mean 'api_key'\?/ },
    { name: 'an OAuth scope the scheme does not define', swagger: swagger(undefined, { ...definitions, security: [{ oauth2: ['write'] }] }), pointers: ['/security/0/oauth2/0'], message: /Scope 'write' is not among the scopes/ },
    { name: 'scopes on an API key', swagger: swagger({ '/items': { get: op({ security: [{ key: ['read'] }] }) } }, definitions), pointers: ['/paths/~1items/get/security/0/key'], message: /\[\]/ },
  ],
});

it('is a warning in custom (the platform authenticates from apiProperties) and an error in certification', () => {
  expect(rule.severity).toEqual({ custom: 'warning', certification: 'error' });
});
