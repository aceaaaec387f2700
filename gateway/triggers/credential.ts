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

/** EnvironmentCredential when the AZURE_* variables name a tenant, a client and a secret or certificate; undefined otherwise. */
export function environmentAppCredential(env: NodeJS.ProcessEnv = process.env): AppCredential | undefined {
  const set = (name: string) => (env[name] ?? '').trim() !== '';
  if (!set('AZURE_TENANT_ID') || !set('AZURE_CLIENT_ID')) return undefined;
  if (!set('AZURE_CLIENT_SECRET') && !set('AZURE_CLIENT_CERTIFICATE_PATH')) return undefined;
  return appCredentialFrom(new EnvironmentCredential());
}
