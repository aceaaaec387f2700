/**
 * The poller's app-only token. Polling has no user present, so it uses the gateway's own app
 * registration through @azure/identity's EnvironmentCredential: `AZURE_TENANT_ID`,
 * `AZURE_CLIENT_ID` and `AZURE_CLIENT_SECRET`, or `AZURE_CLIENT_CERTIFICATE_PATH` (and
 * `AZURE_CLIENT_CERTIFICATE_PASSWORD`). The token library caches and renews tokens itself.
 */
import { EnvironmentCredential, type TokenCredential } from '@azure/identity';

/** An app-only token for the REST API (scope {@link APP_SCOPE}). */
export interface AppCredential {
  getToken(): Promise<string>;
}

export const APP_SCOPE = 'https://api.ci.ai.microsoft.com/.default';

/** Wraps any @azure/identity credential (a ClientCertificateCredential, a managed identity, …). */
export function appCredentialFrom(credential: TokenCredential): AppCredential {
  return {
    async getToken() {
      const token = await credential.getToken(APP_SCOPE);
      if (!token) throw new Error('The app credential returned no token for the Customer Insights API');
      return token.token;
    },
  };
}

/**
 * A bearer token taken as it is, for trying the triggers against the repository's fake REST API
 * (which prints one): it is never renewed, so against the real service it would stop working
 * within the hour.
 */
export const STATIC_TOKEN_VARIABLE = 'GATEWAY_APP_TOKEN';

/**
 * EnvironmentCredential when the AZURE_* variables name a tenant, a client and a secret or
 * certificate; else the token in {@link STATIC_TOKEN_VARIABLE}; undefined otherwise.
 */
export function environmentAppCredential(env: NodeJS.ProcessEnv = process.env): AppCredential | undefined {
  const value = (name: string) => (env[name] ?? '').trim();
  if (value('AZURE_TENANT_ID') !== '' && value('AZURE_CLIENT_ID') !== '' && (value('AZURE_CLIENT_SECRET') !== '' || value('AZURE_CLIENT_CERTIFICATE_PATH') !== '')) {
    return appCredentialFrom(new EnvironmentCredential());
  }
  const token = value(STATIC_TOKEN_VARIABLE);
  return token !== '' ? { getToken: async () => token } : undefined;
}
