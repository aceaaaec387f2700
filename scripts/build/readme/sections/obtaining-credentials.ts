/**
 * `## Obtaining Credentials`: what the connection's sign-in needs, for the scheme apiProperties
 * and the security definitions declare (an Entra ID or other OAuth app, an API key, a user name
 * and password). Every address and id comes from apiProperties, so the steps match what is deployed.
 */
import type { AssembledConnector } from '../../../../connector/kit/index.js';
import { apiName, connectionAuth } from '../facts.js';
import { blocks, heading } from '../markdown.js';

export function obtainingCredentialsSection(connector: AssembledConnector, apiPropertiesPath: string): string[] {
  const auth = connectionAuth(connector);
  const api = apiName(connector);
  switch (auth.kind) {
    case 'oauth': {
      const oauth = auth.settings;
      if (oauth.identityProvider !== 'aad') {
        return blocks(
          heading(2, 'Obtaining Credentials'),
          `The connection signs in with OAuth 2.0 (identity provider \`${oauth.identityProvider}\`) and calls ${api} on ` +
            'behalf of the signed-in user. Register an app with that provider:',
          [
            `1. Give it the redirect URL \`${oauth.redirectUrl ?? 'https://global.consent.azure-apim.net/redirect'}\`.`,
            '2. Create a client secret and copy it. It is given to `paconn` with `--secret`, to `pac connector` or the maker portal on the **Security** tab; it never goes into a file.',
            `3. Put the app's client id in place of \`${oauth.clientId ?? ''}\` in \`${apiPropertiesPath}\` (\`connectionParameters.${auth.parameter}.oAuthSettings.clientId\`) before you deploy, or on the **Security** tab after importing.`,
          ],
        );
      }
      const resourceUri = oauth.customParameters?.resourceUri?.value ?? '';
      const loginUri = oauth.customParameters?.loginUri;
      const tenantId = oauth.customParameters?.tenantId;
      return blocks(
        heading(2, 'Obtaining Credentials'),
        `The connection signs in with Microsoft Entra ID (identity provider \`${oauth.identityProvider}\`` +
          `${loginUri ? ` at \`${loginUri.value}\`` : ''}${tenantId ? `, tenant \`${tenantId.value}\`` : ''}) and calls ` +
          `${api} (resource \`${resourceUri}\`) on behalf of the signed-in user. It needs an app ` +
          'registration of your own:',
        [
          '1. In the Azure portal, open **Microsoft Entra ID** > **App registrations** > **New registration**. Choose the account types of the people who will create connections.',
          `2. Add a **Web** redirect URI: \`${oauth.redirectUrl}\`.`,
          `3. Under **API permissions**, add the delegated permission of ${api} (resource \`${resourceUri}\`), and grant admin consent if your tenant requires it.`,
          '4. Under **Certificates & secrets**, create a client secret and copy its value. It is given to `paconn` with `--secret`, to `pac connector` or the maker portal on the **Security** tab; it never goes into a file of this repository.',
          `5. Copy the **Application (client) ID**. Give it to the build when you deploy (\`npx insights-connector build --client-id <client id>\`, see [Deployment Instructions](#deployment-instructions)), which writes it outside \`${apiPropertiesPath}\` in place of the placeholder \`${oauth.clientId}\` (\`connectionParameters.${auth.parameter}.oAuthSettings.clientId\`); or enter it on the **Security** tab after importing.`,
        ],
      );
    }
    case 'apiKey':
      return blocks(
        heading(2, 'Obtaining Credentials'),
        `The connection authenticates with an API key of ${api}: whoever creates a connection enters it as ` +
          `**${auth.displayName}** (connection parameter \`${auth.parameter}\`), and every call sends it ` +
          `${auth.header ? `in the \`${auth.header}\` header` : `as the \`${auth.query}\` query parameter`}. ` +
          'Get a key from the service; it is stored with the connection, never in a file of the connector.',
      );
    case 'basic':
      return blocks(
        heading(2, 'Obtaining Credentials'),
        `The connection authenticates with a user name and password of ${api} (HTTP basic authentication), ` +
          'entered when the connection is created and stored with it, never in a file of the connector.',
      );
    case 'none':
      return blocks(heading(2, 'Obtaining Credentials'), 'The connection needs no credentials.');
  }
}
