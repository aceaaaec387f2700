/**
 * `apiProperties.json`: connection parameters, policies and branding.
 * @see https://learn.microsoft.com/connectors/custom-connectors/paconn-cli#api-properties
 *
 * The keys are the ones paconn and the platform accept; anything else is refused by the types.
 */

/** The platform reads these flags as the strings "true" and "false", never as booleans. */
export type BooleanString = 'true' | 'false';

export interface UiDefinition {
  displayName: string;
  description: string;
  tooltip?: string;
  constraints?: {
    required?: BooleanString;
    hidden?: BooleanString;
    clearText?: boolean;
    tabIndex?: number;
    allowedValues?: readonly { value: string; text: string }[];
  };
}

export interface AadOAuthSettings {
  identityProvider: 'aad';
  clientId: string;
  /** Never committed: paconn fills it in from `--secret`. */
  clientSecret?: never;
  scopes: readonly string[];
  redirectMode: 'Global' | 'GlobalPerConnector' | 'Direct';
  redirectUrl: string;
  properties: { IsFirstParty: 'True' | 'False'; AzureActiveDirectoryResourceId?: string; IsOnbehalfofLoginSupported?: boolean };
  customParameters: {
    resourceUri: { value: string };
    loginUri?: { value: string };
    tenantId?: { value: string };
    enableOnbehalfOfLogin?: { value: BooleanString };
  };
}

export interface OAuthConnectionParameter {
  type: 'oauthSetting';
  oAuthSettings: AadOAuthSettings;
  uiDefinition?: UiDefinition;
}

export interface PrimitiveConnectionParameter {
  type: 'string' | 'securestring' | 'int' | 'bool';
  uiDefinition: UiDefinition;
  defaultValue?: string;
  allowedValues?: readonly { value: string; uiDefinition?: { displayName: string; description?: string } }[];
}

export type ConnectionParameter = OAuthConnectionParameter | PrimitiveConnectionParameter;

/** Policy template instances, one shape per template. */
export type PolicyTemplateInstance =
  | {
      templateId: 'dynamichosturl';
      title: string;
      parameters: { 'x-ms-apimTemplateParameter.urlTemplate': string; 'x-ms-apimTemplate-operationName'?: readonly string[] };
    }
  | {
      templateId: 'routerequesttoendpoint';
      title: string;
      parameters: {
        'x-ms-apimTemplateParameter.newPath': string;
        'x-ms-apimTemplateParameter.httpMethod'?: string;
        'x-ms-apimTemplate-operationName'?: readonly string[];
      };
    }
  | {
      templateId: 'setheader' | 'setqueryparameter';
      title: string;
      parameters: {
        'x-ms-apimTemplateParameter.name': string;
        'x-ms-apimTemplateParameter.value': string;
        'x-ms-apimTemplateParameter.existsAction'?: 'override' | 'skip' | 'append';
        'x-ms-apimTemplate-operationName'?: readonly string[];
      };
    };

export interface ApiProperties {
  properties: {
    connectionParameters: Readonly<Record<string, ConnectionParameter>>;
    /** `#RRGGBB`, not the default `#007ee5` and not white; the icon's background. */
    iconBrandColor: `#${string}`;
    capabilities: readonly ('actions' | 'triggers')[];
    policyTemplateInstances?: readonly PolicyTemplateInstance[];
    publisher?: string;
    /** Certification only: `paconn update` refuses a file that has it. */
    stackOwner?: string;
  };
}
