/**
 * One model of the Logic Apps deployment, built from the same swagger and apiProperties the Power
 * Platform files are written from: the template's parameters, a `Microsoft.Web/customApis`
 * resource, an optional `Microsoft.Web/connections` resource, the outputs, and every place where
 * the Azure resource cannot say what the Power Platform files say. The ARM writer, the Bicep
 * writer and the README writer all read this model, so the three files cannot disagree.
 *
 * The resource's shape follows `Microsoft.Web/customApis@2016-06-01` as Azure documents it
 * (see custom-apis.schema.json beside this file): no policy templates, no connection-parameter
 * UI definitions, no throttling. What has no place is listed in `differences`, never dropped
 * without a word.
 */
import { toPointer } from '../../core/json-pointer.js';
import {
  concat,
  type Expression,
  parameter,
  resourceGroupLocation,
  resourceId,
  type TemplateValue,
  unlessEmpty,
  when,
} from './expression.js';
import { setMember } from '../../core/json.js';

export const CUSTOM_API_TYPE = 'Microsoft.Web/customApis';
export const CONNECTION_TYPE = 'Microsoft.Web/connections';
export const API_VERSION = '2016-06-01';

/** The template's parameter names, fixed so the README's `az` command works for any connector. */
const PARAMETER_NAMES = ['customApiName', 'location', 'backendHost', 'clientId', 'clientSecret', 'iconUri', 'createConnection', 'connectionName'] as const;

/** Each parameter name by itself, so code names a parameter as `PARAMETER.backendHost` and a typo does not compile. */
export const PARAMETER = Object.fromEntries(PARAMETER_NAMES.map((name) => [name, name])) as { readonly [Name in (typeof PARAMETER_NAMES)[number]]: Name };

/** The Power Platform sign-in redirect; Logic Apps consents through its region's service instead. */
const POWER_PLATFORM_CONSENT = /^https:\/\/global(-test)?\.consent\.azure-apim\.net\/redirect$/;

export interface TemplateParameter {
  name: string;
  type: 'string' | 'securestring' | 'bool';
  description: string;
  /** Absent: the deployment must pass a value. */
  defaultValue?: string | boolean | Expression;
}

export interface TemplateResource {
  /** The Bicep symbolic name, and how other parts of the model refer to the resource. */
  symbol: string;
  type: string;
  apiVersion: string;
  /** A bool parameter: the resource is deployed only when it is true. */
  condition?: string;
  name: Expression;
  location: Expression;
  dependsOn: readonly string[];
  properties: { readonly [key: string]: TemplateValue };
}

export interface TemplateOutput {
  name: string;
  description: string;
  value: Expression;
}

/** Something of the Power Platform files the Azure resource carries differently, or not at all. */
export interface Difference {
  /** The Power Platform file, as the build writes it (`apiProperties.json`, ...). */
  file: string;
  /** RFC 6901 pointer into that file; `''` for the whole file; absent when it is no file's content. */
  pointer?: string;
  /** What is there, briefly (a value, a policy title). */
  what: string;
  /** What the Logic Apps template does instead. */
  handling: string;
}

export interface LogicAppsModel {
  displayName: string;
  parameters: readonly TemplateParameter[];
  resources: readonly TemplateResource[];
  outputs: readonly TemplateOutput[];
  differences: readonly Difference[];
  /** The connection parameters the dynamichosturl policy read, now removed. */
  removedConnectionParameters: readonly string[];
  /** Whether the connector signs in with OAuth (the clientId and clientSecret parameters exist). */
  oauth: boolean;
}

/** What the model is built from: the Power Platform files as the build writes them. */
export interface LogicAppsInput {
  /** The swagger object, key order as written to the swagger file. */
  swagger: { readonly host?: string; readonly schemes?: readonly string[]; readonly basePath?: string; readonly info: { readonly title: string; readonly description?: string } };
  apiProperties: { readonly properties: object };
  throttlingPolicies: readonly { readonly name: string; readonly calls: number; readonly renewalPeriodSeconds: number }[];
  /** The file names of the Power Platform output, for the differences table. */
  files: { swagger: string; apiProperties: string; settings: string; icon: string };
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** A policy template instance as apiProperties carries it. */
interface PolicyInstance {
  templateId?: string;
  title?: string;
  parameters?: Record<string, unknown>;
}

export function logicAppsModel(input: LogicAppsInput): LogicAppsModel {
  const differences: Difference[] = [];
  const props = input.apiProperties.properties as Record<string, Json>;
  const apiProps = (pointer: (string | number)[], what: string, handling: string) =>
    differences.push({ file: input.files.apiProperties, pointer: toPointer(['properties', ...pointer]), what, handling });

  // Policies: customApis has no policy templates at all.
  const policies = (Array.isArray(props.policyTemplateInstances) ? props.policyTemplateInstances : []) as PolicyInstance[];
  const hostParameters: string[] = [];
  policies.forEach((policy, index) => {
    const label = `${policy.templateId ?? '(no templateId)'} policy${policy.title ? ` "${policy.title}"` : ''}`;
    if (policy.templateId?.toLowerCase() === 'dynamichosturl') {
      const template = String(policy.parameters?.['x-ms-apimTemplateParameter.urlTemplate'] ?? '');
      for (const match of template.matchAll(/@connectionParameters\('([^']+)'\)/g)) {
        if (match[1] && !hostParameters.includes(match[1])) hostParameters.push(match[1]);
      }
      apiProps(
        ['policyTemplateInstances', index],
        label,
        `Dropped: the swagger's \`host\` is the \`${PARAMETER.backendHost}\` template parameter instead, so every connection of the deployed connector calls that one host.`,
      );
    } else {
      apiProps(
        ['policyTemplateInstances', index],
        label,
        'Dropped: `Microsoft.Web/customApis` has no policy templates, so calls reach the backend without this transformation.',
      );
    }
  });

  const oauth = Object.values((props.connectionParameters ?? {}) as Record<string, Json>).some(
    (p) => typeof p === 'object' && p !== null && !Array.isArray(p) && (p as Record<string, Json>).type === 'oauthSetting',
  );
  const connectionParameters: Record<string, TemplateValue> = {};
  for (const [name, value] of Object.entries((props.connectionParameters ?? {}) as Record<string, Json>)) {
    const at = ['connectionParameters', name];
    if (hostParameters.includes(name)) {
      apiProps(at, `connection parameter \`${name}\``, `Removed: the dynamichosturl policy that read it is dropped; the host is the \`${PARAMETER.backendHost}\` template parameter.`);
      continue;
    }
    setMember(connectionParameters, name, connectionParameter(value as Record<string, Json>, at, apiProps));
  }

  for (const [key, value] of Object.entries(props)) {
    if (key === 'connectionParameters' || key === 'policyTemplateInstances' || key === 'iconBrandColor' || key === 'capabilities') continue;
    apiProps([key], describe(value), 'Dropped: `Microsoft.Web/customApis` has no property for it.');
  }

  const swagger = input.swagger;
  const swaggerHost = swagger.host;
  const hostFixed = hostParameters.length === 0 && swaggerHost !== undefined;
  differences.push({
    file: input.files.swagger,
    pointer: '/host',
    what: swaggerHost === undefined ? '(no host)' : `\`${swaggerHost}\``,
    handling: hostFixed
      ? `Set by the \`${PARAMETER.backendHost}\` template parameter, which defaults to this host.`
      : `Set by the \`${PARAMETER.backendHost}\` template parameter (the Power Platform file's host is a placeholder the dynamichosturl policy overrides).`,
  });
  differences.push({
    file: input.files.swagger,
    pointer: '',
    what: 'the whole definition',
    handling:
      'Embedded as the `swagger` object of the resource. ARM reads a string that starts with `[` and ends with `]` as an expression, so each such string (and property name) is written with its first bracket doubled (`[[`); it deploys unchanged.',
  });
  differences.push({
    file: input.files.icon,
    pointer: '',
    what: 'the icon',
    handling: `\`iconUri\` must be a URL: host \`${input.files.icon}\` where it can be fetched anonymously over HTTPS and pass it as the \`${PARAMETER.iconUri}\` parameter; without it the platform shows its default icon.`,
  });
  differences.push({
    file: input.files.settings,
    pointer: '',
    what: 'paconn settings',
    handling: 'Not used: the resource group and the template parameters take its place.',
  });
  input.throttlingPolicies.forEach((policy) => {
    differences.push({
      file: '(throttling policy)',
      what: `${policy.name}: ${policy.calls} calls per ${policy.renewalPeriodSeconds} seconds`,
      handling: "No file of either platform has a field for it: it stays in the connector's documentation.",
    });
  });

  const scheme = swagger.schemes?.[0] ?? 'https';
  const basePath = swagger.basePath ?? '/';
  const displayName = swagger.info.title;
  const customApiProperties: Record<string, TemplateValue> = {
    displayName,
    ...(swagger.info.description !== undefined ? { description: swagger.info.description } : {}),
    ...(typeof props.iconBrandColor === 'string' ? { brandColor: props.iconBrandColor } : {}),
    iconUri: unlessEmpty(PARAMETER.iconUri),
    apiType: 'Rest',
    backendService: { serviceUrl: concat(`${scheme}://`, parameter(PARAMETER.backendHost), basePath) },
    ...(Array.isArray(props.capabilities) ? { capabilities: props.capabilities as TemplateValue } : {}),
    connectionParameters,
    swagger: { ...(swagger as unknown as Record<string, TemplateValue>), host: parameter(PARAMETER.backendHost) },
  };

  const parameters: TemplateParameter[] = [
    {
      name: PARAMETER.customApiName,
      type: 'string',
      description: 'Name of the custom connector resource.',
      defaultValue: resourceName(displayName),
    },
    {
      name: PARAMETER.location,
      type: 'string',
      description: "Azure region of the connector and its connection; the resource group's by default.",
      defaultValue: resourceGroupLocation(),
    },
    {
      name: PARAMETER.backendHost,
      type: 'string',
      description: `Host name (and :port) of the backend every call goes to, without scheme or path; calls use ${scheme}://<backendHost>${basePath}.`,
      ...(hostFixed ? { defaultValue: swaggerHost } : {}),
    },
    ...(oauth
      ? ([
          { name: PARAMETER.clientId, type: 'string', description: 'Application (client) id of the app registration the connector signs in with.' },
          { name: PARAMETER.clientSecret, type: 'securestring', description: 'Client secret of that app registration. Pass it at deployment; it is never stored in a file.' },
        ] satisfies TemplateParameter[])
      : []),
    {
      name: PARAMETER.iconUri,
      type: 'string',
      description: "HTTPS URL of the connector's icon.png; empty for the platform's default icon.",
      defaultValue: '',
    },
    {
      name: PARAMETER.createConnection,
      type: 'bool',
      description: 'Also deploy a connection to the connector (authorize it in the Azure portal before a workflow uses it).',
      defaultValue: true,
    },
    {
      name: PARAMETER.connectionName,
      type: 'string',
      description: 'Name of the connection resource.',
      defaultValue: concat(parameter(PARAMETER.customApiName), '-connection'),
    },
  ];

  const resources: TemplateResource[] = [
    {
      symbol: 'customApi',
      type: CUSTOM_API_TYPE,
      apiVersion: API_VERSION,
      name: parameter(PARAMETER.customApiName),
      location: parameter(PARAMETER.location),
      dependsOn: [],
      properties: customApiProperties,
    },
    {
      symbol: 'connection',
      type: CONNECTION_TYPE,
      apiVersion: API_VERSION,
      condition: PARAMETER.createConnection,
      name: parameter(PARAMETER.connectionName),
      location: parameter(PARAMETER.location),
      dependsOn: ['customApi'],
      properties: { displayName, api: { id: resourceId('customApi') } },
    },
  ];

  const outputs: TemplateOutput[] = [
    { name: 'customApiId', description: 'Resource id of the custom connector.', value: resourceId('customApi') },
    {
      name: 'connectionId',
      description: 'Resource id of the connection, or empty when none was deployed.',
      value: when(PARAMETER.createConnection, resourceId('connection'), ''),
    },
  ];

  return { displayName, parameters, resources, outputs, differences, removedConnectionParameters: hostParameters, oauth };

  function connectionParameter(
    value: Record<string, Json>,
    at: string[],
    record: (pointer: (string | number)[], what: string, handling: string) => void,
  ): TemplateValue {
    const result: Record<string, TemplateValue> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === 'type') result.type = v;
      else if (key === 'oAuthSettings' && typeof v === 'object' && v !== null && !Array.isArray(v)) {
        result.oAuthSettings = oauthSettings(v as Record<string, Json>, [...at, key], record);
      } else {
        record([...at, key], describe(v), 'Dropped: a connection parameter of `Microsoft.Web/customApis` has only `type` and `oAuthSettings`.');
      }
    }
    return result;
  }

  function oauthSettings(
    settings: Record<string, Json>,
    at: string[],
    record: (pointer: (string | number)[], what: string, handling: string) => void,
  ): TemplateValue {
    const result: Record<string, TemplateValue> = {};
    for (const [key, v] of Object.entries(settings)) {
      switch (key) {
        case 'identityProvider':
        case 'scopes':
        case 'properties':
          result[key] = v;
          break;
        case 'clientId':
          record([...at, key], describe(v), `Set by the \`${PARAMETER.clientId}\` template parameter.`);
          break;
        case 'clientSecret':
          record([...at, key], 'a client secret', `Replaced by the \`${PARAMETER.clientSecret}\` secure parameter.`);
          break;
        case 'redirectUrl':
          if (typeof v === 'string' && POWER_PLATFORM_CONSENT.test(v)) {
            result.redirectUrl = concat('https://logic-apis-', parameter(PARAMETER.location), '.consent.azure-apim.net/redirect');
            record(
              [...at, key],
              describe(v),
              `Logic Apps signs in through the consent service of the connector's region: \`https://logic-apis-<${PARAMETER.location}>.consent.azure-apim.net/redirect\`. Add that redirect URL to the app registration too.`,
            );
          } else {
            result.redirectUrl = v;
          }
          break;
        case 'customParameters':
          result.customParameters = customParameters(v as Record<string, Json>, [...at, key], record);
          break;
        default:
          record([...at, key], describe(v), 'Dropped: the OAuth settings of `Microsoft.Web/customApis` have no such field.');
      }
    }
    // The client comes from the deployment's parameters, the secret never from a file; both sit
    // right after the identity provider, where a reader looks for them.
    const { identityProvider, ...rest } = result;
    return {
      ...(identityProvider !== undefined ? { identityProvider } : {}),
      clientId: parameter(PARAMETER.clientId),
      clientSecret: parameter(PARAMETER.clientSecret),
      ...rest,
    };
  }

  function customParameters(
    value: Record<string, Json>,
    at: string[],
    record: (pointer: (string | number)[], what: string, handling: string) => void,
  ): TemplateValue {
    const result: Record<string, TemplateValue> = {};
    for (const [name, entry] of Object.entries(value ?? {})) {
      const kept: Record<string, TemplateValue> = {};
      for (const [key, v] of Object.entries((entry ?? {}) as Record<string, Json>)) {
        if (key === 'value' || key === 'options' || key === 'uiDefinition') setMember(kept, key, v);
        else record([...at, name, key], describe(v), 'Dropped: an OAuth custom parameter of `Microsoft.Web/customApis` has only `value`, `options` and `uiDefinition`.');
      }
      setMember(result, name, kept);
    }
    return result;
  }
}

/** The one-line description both templates carry. */
export function templateDescription(model: LogicAppsModel): string {
  return `${model.displayName} as an Azure Logic Apps custom connector. Generated by the build: edit the connector definition, not this file.`;
}

/** A resource name from a display name: lower case, letters, digits and single hyphens. */
export function resourceName(displayName: string): string {
  const name = displayName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return name === '' ? 'custom-connector' : name.slice(0, 64).replace(/-+$/, '');
}

/** A short description of a value for the differences table. */
function describe(value: Json): string {
  if (typeof value === 'string') return `\`${value.length > 60 ? `${value.slice(0, 57)}...` : value}\``;
  if (value === null || typeof value !== 'object') return `\`${String(value)}\``;
  if (Array.isArray(value)) return value.length === 0 ? '`[]`' : `${value.length} item(s)`;
  const keys = Object.keys(value);
  return keys.length === 0 ? '`{}`' : `object with ${keys.map((k) => `\`${k}\``).join(', ')}`;
}
