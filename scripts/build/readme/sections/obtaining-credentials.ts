/**
 * `## Obtaining Credentials`: the Entra ID app registration behind the `token` connection
 * parameter. Every address and id comes from apiProperties, so the steps match what is deployed.
 */
import type { AadOAuthSettings, AssembledConnector } from '../../../../connector/kit/index.js';
import { blocks, heading } from '../markdown.js';

/** The connection parameter paconn writes `--secret` into; it must keep this name. */
export const OAUTH_PARAMETER = 'token';

export function oauthSettings(connector: AssembledConnector): AadOAuthSettings {
  const parameter = connector.apiProperties.properties.connectionParameters[OAUTH_PARAMETER];
  if (!parameter || parameter.type !== 'oauthSetting') {
    throw new Error(`README: apiProperties has no '${OAUTH_PARAMETER}' OAuth connection parameter`);
  }
  return parameter.oAuthSettings;
}

export function obtainingCredentialsSection(connector: AssembledConnector, apiPropertiesPath: string): string[] {
  const oauth = oauthSettings(connector);
  const { resourceUri, loginUri, tenantId } = oauth.customParameters;
  return blocks(
    heading(2, 'Obtaining Credentials'),
    `The connection signs in with Microsoft Entra ID (identity provider \`${oauth.identityProvider}\`` +
      `${loginUri ? ` at \`${loginUri.value}\`` : ''}${tenantId ? `, tenant \`${tenantId.value}\`` : ''}) and calls the ` +
      `Customer Insights API (resource \`${resourceUri.value}\`) on behalf of the signed-in user. It needs an app ` +
      'registration of your own:',
    [
      '1. In the Azure portal, open **Microsoft Entra ID** > **App registrations** > **New registration**. Choose the account types of the people who will create connections.',
      `2. Add a **Web** redirect URI: \`${oauth.redirectUrl}\`.`,
      `3. Under **API permissions**, add the delegated permission of the Customer Insights API (resource \`${resourceUri.value}\`), and grant admin consent if your tenant requires it.`,
      '4. Under **Certificates & secrets**, create a client secret and copy its value. It is given to `paconn` with `--secret`, to `pac connector` or the maker portal on the **Security** tab; it never goes into a file of this repository.',
      `5. Copy the **Application (client) ID**. Give it to the build when you deploy (\`npx insights-connector build --client-id <client id>\`, see [Deployment Instructions](#deployment-instructions)), which writes it outside \`${apiPropertiesPath}\` in place of the placeholder \`${oauth.clientId}\` (\`connectionParameters.${OAUTH_PARAMETER}.oAuthSettings.clientId\`); or enter it on the **Security** tab after importing.`,
    ],
  );
}
