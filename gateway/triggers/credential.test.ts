import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { APP_SCOPE, appCredentialFrom, environmentAppCredential } from './credential.js';

test('no credential unless a tenant, a client and a secret or certificate are set', () => {
  expect(environmentAppCredential({})).toBeUndefined();
  expect(environmentAppCredential({ AZURE_TENANT_ID: 't', AZURE_CLIENT_ID: 'c' })).toBeUndefined();
  expect(environmentAppCredential({ AZURE_TENANT_ID: 't', AZURE_CLIENT_ID: 'c', AZURE_CLIENT_SECRET: randomBytes(12).toString('hex') })).toBeDefined();
  expect(environmentAppCredential({ AZURE_TENANT_ID: 't', AZURE_CLIENT_ID: 'c', AZURE_CLIENT_CERTIFICATE_PATH: '/certs/app.pem' })).toBeDefined();
});

test('a static token (trying it against the fake) when no app registration is configured', async () => {
  expect(await environmentAppCredential({ GATEWAY_APP_TOKEN: ' tok ' })!.getToken()).toBe('tok');
  expect(environmentAppCredential({ GATEWAY_APP_TOKEN: '  ' })).toBeUndefined();
});

test('the token is asked for the Customer Insights API scope', async () => {
  const scopes: unknown[] = [];
  const credential = appCredentialFrom({ getToken: async (scope) => (scopes.push(scope), { token: 'app-token', expiresOnTimestamp: 0 }) });
  expect(await credential.getToken()).toBe('app-token');
  expect(scopes).toEqual([APP_SCOPE]);
  expect(APP_SCOPE).toBe('https://api.ci.ai.microsoft.com/.default');
  await expect(appCredentialFrom({ getToken: async () => null }).getToken()).rejects.toThrow(/no token/);
});
