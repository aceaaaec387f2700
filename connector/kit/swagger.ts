/**
 * Swagger 2.0 with the Power Platform extensions, as TypeScript.
 * @see https://swagger.io/specification/v2/
 *
 * Only the parts a connector may use are modelled, and each `x-ms-*` key sits only on the objects
 * where Microsoft's connector schema allows it. `never`-typed keys document placements that are
 * refused on purpose.
 */
import type {
  ConnectorAnnotation,
  ConnectorMetadata,
  DocumentCapabilities,
  DynamicList,
  DynamicProperties,
  DynamicSchema,
  DynamicValues,
  EnumValues,
  OperationAnnotation,
  OperationCapabilities,
  Pageable,
  TriggerMetadata,
  Visibility,
} from './extensions.js';
import type { HttpMethod } from '../../scripts/core/swagger-walk.js';

export { HTTP_METHODS, type HttpMethod } from '../../scripts/core/swagger-walk.js';

/** Formats the connector schema accepts; `date-no-tz` and `html` are Power Platform additions. */
export type Format =
  | 'int32'
  | 'int64'
  | 'float'
  | 'double'
  | 'byte'
  | 'binary'
  | 'date'
  | 'date-time'
  | 'password'
  | 'date-no-tz'
  | 'email'
  | 'html'
  | 'uri'
  | 'uuid';

export type PrimitiveType = 'string' | 'number' | 'integer' | 'boolean';
export type Primitive = string | number | boolean;

/** Keys shared by every schema. */
interface SchemaBase {
  title?: string;
  description?: string;
  'x-ms-summary'?: string;
  'x-ms-visibility'?: Visibility;
  readOnly?: boolean;
  example?: unknown;
  'x-ms-dynamic-schema'?: DynamicSchema;
  'x-ms-dynamic-properties'?: DynamicProperties;
}

/** A type alias, not an interface: a ref is also a JSON value where the platform model expects one. */
export type RefSchema = {
  $ref: `#/definitions/${string}`;
};

export interface StringSchema extends SchemaBase {
  type: 'string';
  format?: Format;
  default?: string;
  enum?: readonly string[];
  'x-ms-enum-values'?: EnumValues;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  /** Marks the callback URL of a webhook subscription body. Only a string property can carry it. */
  'x-ms-notification-url'?: true;
  'x-ms-dynamic-values'?: DynamicValues;
  'x-ms-dynamic-list'?: DynamicList;
}

export interface NumberSchema extends SchemaBase {
  type: 'number' | 'integer';
  format?: 'int32' | 'int64' | 'float' | 'double';
  default?: number;
  enum?: readonly number[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  multipleOf?: number;
}

export interface BooleanSchema extends SchemaBase {
  type: 'boolean';
  default?: boolean;
}

export interface ArraySchema extends SchemaBase {
  type: 'array';
  items: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

export interface ObjectSchema extends SchemaBase {
  type: 'object';
  properties?: Readonly<Record<string, Schema>>;
  required?: readonly string[];
  additionalProperties?: boolean | Schema;
}

export type Schema = RefSchema | StringSchema | NumberSchema | BooleanSchema | ArraySchema | ObjectSchema;

/** Keys shared by non-body parameters. */
interface SimpleParameterBase {
  name: string;
  description?: string;
  'x-ms-summary'?: string;
  'x-ms-visibility'?: Visibility;
  'x-ms-dynamic-values'?: DynamicValues;
  'x-ms-dynamic-list'?: DynamicList;
  'x-ms-enum-values'?: EnumValues;
  'x-ms-test-value'?: Primitive;
}

type SimpleTyped =
  | { type: 'string'; format?: Format; default?: string; enum?: readonly string[]; pattern?: string }
  | {
      type: 'integer' | 'number';
      format?: 'int32' | 'int64' | 'float' | 'double';
      default?: number;
      enum?: readonly number[];
      minimum?: number;
      maximum?: number;
    }
  | { type: 'boolean'; default?: boolean };

export type PathParameter = SimpleParameterBase &
  SimpleTyped & {
    in: 'path';
    /** Path parameters are always required. */
    required: true;
    'x-ms-url-encoding'?: 'single' | 'double';
  };

export type QueryParameter = SimpleParameterBase &
  SimpleTyped & {
    in: 'query';
    required?: boolean;
    allowEmptyValue?: boolean;
    /** Refused by the connector validator on query parameters (QueryParameterEncodingNotSupported). */
    'x-ms-url-encoding'?: never;
  };

export type HeaderParameter = SimpleParameterBase &
  SimpleTyped & {
    in: 'header';
    required?: boolean;
    'x-ms-url-encoding'?: never;
  };

export type FormDataParameter = SimpleParameterBase &
  (SimpleTyped | { type: 'file' }) & {
    in: 'formData';
    required?: boolean;
    'x-ms-url-encoding'?: never;
  };

export interface BodyParameter {
  name: string;
  in: 'body';
  description?: string;
  required?: boolean;
  schema: Schema;
  'x-ms-summary'?: string;
  'x-ms-visibility'?: Visibility;
  /** Dynamic extensions belong on the body's schema (DynamicExtensionDefinitionNotAllowedInParameter). */
  'x-ms-dynamic-values'?: never;
  'x-ms-dynamic-schema'?: never;
}

export type Parameter = PathParameter | QueryParameter | HeaderParameter | FormDataParameter | BodyParameter;

export interface Header {
  type: PrimitiveType;
  format?: Format;
  description?: string;
  'x-ms-summary'?: string;
  'x-ms-visibility'?: Visibility;
}

export interface Response {
  description: string;
  schema?: Schema;
  headers?: Readonly<Record<string, Header>>;
  'x-ms-summary'?: string;
}

export type ResponseCode = `${1 | 2 | 3 | 4 | 5}${number}` | 'default';
export type Responses = Readonly<Partial<Record<ResponseCode, Response>>>;

export interface Operation {
  summary: string;
  description: string;
  operationId: string;
  tags?: readonly string[];
  consumes?: readonly string[];
  produces?: readonly string[];
  parameters?: readonly Parameter[];
  responses: Responses;
  deprecated?: boolean;
  'x-ms-visibility'?: Visibility;
  'x-ms-api-annotation'?: OperationAnnotation;
  'x-ms-trigger'?: 'single' | 'batch';
  'x-ms-trigger-hint'?: string;
  'x-ms-trigger-metadata'?: TriggerMetadata;
  'x-ms-pageable'?: Pageable;
  'x-ms-capabilities'?: OperationCapabilities;
  'x-ms-no-generic-test'?: boolean;
  'x-ms-safe-operation'?: boolean;
}

/** `x-ms-notification-content` on a path item: the payload a webhook trigger delivers. */
export interface NotificationContent {
  description?: string;
  schema: Schema;
}

export type PathItem = Partial<Record<HttpMethod, Operation>> & {
  'x-ms-notification-content'?: NotificationContent;
};

export interface Contact {
  name?: string;
  url?: string;
  email?: string;
}

export interface Info {
  title: string;
  description: string;
  version: string;
  contact?: Contact;
  termsOfService?: string;
  license?: { name: string; url?: string };
  'x-ms-api-annotation'?: ConnectorAnnotation;
  'x-ms-deployment-version'?: string;
}

export interface OAuth2SecurityScheme {
  type: 'oauth2';
  flow: 'accessCode' | 'implicit' | 'password' | 'application';
  authorizationUrl?: string;
  tokenUrl?: string;
  scopes: Readonly<Record<string, string>>;
}

export interface ApiKeySecurityScheme {
  type: 'apiKey';
  name: string;
  in: 'header' | 'query';
}

export type SecurityScheme = OAuth2SecurityScheme | ApiKeySecurityScheme | { type: 'basic' };

export interface Document {
  swagger: '2.0';
  info: Info;
  host: string;
  basePath: string;
  schemes: readonly ('http' | 'https')[];
  consumes: readonly string[];
  produces: readonly string[];
  paths: Readonly<Record<string, PathItem>>;
  definitions: Readonly<Record<string, Schema>>;
  parameters?: Readonly<Record<string, Parameter>>;
  responses?: Readonly<Record<string, Response>>;
  securityDefinitions?: Readonly<Record<string, SecurityScheme>>;
  security?: readonly Readonly<Record<string, readonly string[]>>[];
  tags?: readonly { name: string; description?: string }[];
  'x-ms-connector-metadata'?: ConnectorMetadata;
  'x-ms-capabilities'?: DocumentCapabilities;
}
