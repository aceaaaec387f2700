/**
 * apiProperties.json: how a connection signs in and reaches its backend.
 *
 * - `token`: Microsoft Entra ID sign-in. paconn writes `--secret` into exactly this parameter, so it
 *   keeps that name; the client id is a placeholder for the app registration of whoever deploys it.
 * - `hostUrl`: the backend's address. A custom connector's `host` cannot be templated, so the
 *   `dynamichosturl` policy routes every call to this connection parameter instead.
 */
import type { ApiProperties } from './kit/index.js';
import { brandColor } from './brand.js';

/** What the repository ships: no tenant's app registration. */
export const PLACEHOLDER_CLIENT_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The application (client) id of the Entra ID app registration: the one place the definition
 * names it. Keep the placeholder and give yours at deploy time (`build --client-id` or
 * CONNECTOR_CLIENT_ID, written outside generated/), or set it here to commit it with the build.
 */
export const CLIENT_ID: string = PLACEHOLDER_CLIENT_ID;

export const CUSTOMER_INSIGHTS_RESOURCE = 'https://api.ci.ai.microsoft.com';

export function apiProperties(options: { certification?: boolean } = {}): ApiProperties {
  return {
    properties: {
      connectionParameters: {
        token: {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: 'aad',
            clientId: CLIENT_ID,
            scopes: [],
            redirectMode: 'Global',
            redirectUrl: 'https://global.consent.azure-apim.net/redirect',
            properties: { IsFirstParty: 'False' },
            customParameters: {
              loginUri: { value: 'https://login.microsoftonline.com' },
              tenantId: { value: 'common' },
              resourceUri: { value: CUSTOMER_INSIGHTS_RESOURCE },
              enableOnbehalfOfLogin: { value: 'false' },
            },
          },
        },
        hostUrl: {
          type: 'string',
          uiDefinition: {
            displayName: 'Backend URL',
            description: "The address of a backend that serves this connector's API, for example https://insights-gateway.example.com.",
            tooltip: 'Every call of this connection goes to this address.',
            constraints: { required: 'true' },
          },
        },
      },
      iconBrandColor: brandColor,
      capabilities: [],
      policyTemplateInstances: [
        {
          templateId: 'dynamichosturl',
          title: 'Route calls to the backend of the connection',
          parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "@connectionParameters('hostUrl')" },
        },
      ],
      publisher: 'Microsoft',
      // paconn update refuses a file with stackOwner, so only the certification build carries it.
      ...(options.certification ? { stackOwner: 'Microsoft' } : {}),
    },
  };
}
